// Uptime canary of the frontend: loads the patient-facing page through CloudFront and
// the WAF, as a patient's browser does, and fails unless it answers 2xx and renders a
// document. It never signs in and reads no patient data. TARGET_URL is
// https://<edge.domain>/ (set by the phase 4 stack). Runtime: syn-nodejs-puppeteer-15.0
// (namespaced modules, 13.1 and later).
'use strict';

const synthetics = require('@aws/synthetics-puppeteer');
const log = require('@aws/synthetics-logger');

const target = process.env.TARGET_URL;

exports.handler = async function () {
  if (!target || !target.startsWith('https://')) {
    throw new Error('TARGET_URL must be an https:// URL');
  }
  const page = await synthetics.getPage();
  await synthetics.executeStep('loadFrontend', async function () {
    const response = await page.goto(target, { waitUntil: ['domcontentloaded'], timeout: 30000 });
    if (!response) {
      throw new Error('no response from ' + target);
    }
    const status = response.status();
    if (status < 200 || status > 299) {
      throw new Error('the frontend answered ' + status);
    }
    const title = await page.title();
    log.info('frontend answered ' + status + ', title "' + title + '"');
  });
};
