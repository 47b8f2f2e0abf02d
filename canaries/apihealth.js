// Uptime canary of the API: GET /health through CloudFront and the WAF (the edge adds
// the origin-verification header the API's authorizers require; the canary never holds
// it), and fails unless the answer is 2xx. The route needs no token and returns no
// patient data. TARGET_URL is https://api.<edge.domain>/health (set by the phase 4
// stack). Runtime: syn-nodejs-puppeteer-15.0 (namespaced modules, 13.1 and later).
'use strict';

const synthetics = require('@aws/synthetics-puppeteer');
const log = require('@aws/synthetics-logger');

const target = process.env.TARGET_URL;

function check(res) {
  return new Promise(function (resolve, reject) {
    if (res.statusCode < 200 || res.statusCode > 299) {
      reject(new Error('the health route answered ' + res.statusCode + ' ' + res.statusMessage));
      return;
    }
    res.on('data', function () {});
    res.on('end', function () {
      log.info('health route answered ' + res.statusCode);
      resolve();
    });
    res.on('error', reject);
  });
}

exports.handler = async function () {
  if (!target || !target.startsWith('https://')) {
    throw new Error('TARGET_URL must be an https:// URL');
  }
  const url = new URL(target);
  const request = {
    hostname: url.hostname,
    method: 'GET',
    path: url.pathname + url.search,
    port: 443,
    protocol: 'https:',
    headers: { 'User-Agent': synthetics.getCanaryUserAgentString() },
  };
  // No headers or bodies in the run's report: nothing of the response is kept.
  const config = {
    includeRequestHeaders: false,
    includeResponseHeaders: false,
    includeRequestBody: false,
    includeResponseBody: false,
    restrictedHeaders: [],
  };
  await synthetics.executeHttpStep('getHealth', request, check, config);
};
