// Package vendor rotates the AI service's credentials at its outside vendors (OpenAI,
// Azure Speech, Google Cloud Vision) through each vendor's own key-management API, as
// rotation.Strategy adapters driven by the Secrets Manager protocol of package
// rotation. Strategy dispatches each step on the secret's "vendor" field; Azure,
// Google, OpenAIService and OpenAIAdminKey are the adapters, each documented with the
// vendor pages it follows.
//
// # Secrets
//
// Each secret is a JSON object. The AI service reads only the fields marked "(AI)";
// the others are for the rotation. Fields not listed are kept as they are by every
// rotation (an operator may add, say, an endpoint for the AI service).
//
// azure-speech, the key of the Azure AI Services account used for transcription:
//
//	{
//	  "vendor": "azure-speech",
//	  "region": "eastus",                                         (AI) Speech region
//	  "subscriptionId": "00000000-0000-0000-0000-000000000000",
//	  "resourceGroup": "healthhub-ai",
//	  "account": "healthhub-speech",
//	  "tenantId": "00000000-0000-0000-0000-000000000000",          Entra application
//	  "clientId": "00000000-0000-0000-0000-000000000000",          of the rotation,
//	  "clientSecret": "...",                                       client credentials
//	  "keyName": "Key1",                                          the slot "key" is in
//	  "key": "..."                                                (AI) Ocp-Apim-Subscription-Key
//	}
//
// The Entra application's role is limited to listing and regenerating the keys of that
// one account: no more than the key itself grants, plus the power to regenerate it.
//
// google-vision, a key of the service account the AI service calls Vision as:
//
//	{
//	  "vendor": "google-vision",
//	  "keyFile": { "type": "service_account", "project_id": ..., "private_key_id": ...,
//	               "private_key": "-----BEGIN PRIVATE KEY-----...", "client_email": ...,
//	               ... }                                          (AI) the JSON key file, as Google issues it
//	}
//
// openai, the AI service's key (a project service account's key, see OpenAIService):
//
//	{
//	  "vendor": "openai",
//	  "projectId": "proj_...",                                    (AI) optional OpenAI-Project header
//	  "serviceAccountName": "healthhub-ai-production",            unique in the project
//	  "serviceAccountId": "svc_acct_...",
//	  "apiKeyId": "key_...",
//	  "apiKey": "sk-...",                                         (AI) Authorization: Bearer
//	  "adminSecretId": "arn:aws:secretsmanager:...:secret:..."    the openai-admin secret
//	}
//
// openai-admin, the organization admin key only the rotation function reads (never
// the AI service: it can manage the whole organization):
//
//	{
//	  "vendor": "openai-admin",
//	  "keyName": "healthhub-production-rotation",                 unique in the organization
//	  "adminKeyId": "key_...",
//	  "adminKey": "sk-admin-..."
//	}
//
// Every field is validated before a vendor is called; errors name the field and the
// rule, and show the value only of fields that are not credentials.
//
// # Steps
//
// Create is called once per rotation (the protocol stores its result before anything
// else), and a retried step never makes a second key. Test proves the new credential at
// the vendor with a call that costs nothing (Speech's token endpoint, Google's IAM with
// the new key's own token, OpenAI's model list, the admin key list); a vendor refusing a
// brand-new key with an authentication error is retried for Options.NewKeyWait (keys
// take a moment to propagate). Finish retires the previous credential as soon as the
// new one is AWSCURRENT: Azure regenerates the previous slot, Google deletes the
// previous key, OpenAI deletes the previous service account (or admin key); a 404 is
// success, so a retried finishSecret is idempotent. The AI service therefore re-reads
// its secret when the vendor answers 401 (and caches it for minutes, not hours).
//
// A credential created by an attempt that then failed (its test failed, or Secrets
// Manager did not store it) is not deleted at once: it stays in AWSPENDING (as
// protected as AWSCURRENT, used by nobody), and the next attempt's Create deletes it
// before making a new one: Google's user-managed keys of the account other than the
// current one, OpenAI's service accounts or admin keys with the secret's name other than
// the current one. Azure has nothing to clean: the pending slot is just not in use.
// That is why the service account, the service account name and the admin key name
// must belong to this secret alone.
//
// # Errors
//
// A vendor's refusal is an *Error: vendor, operation, HTTP status, the vendor's error
// code and message, with every credential removed. Requests are retried (bounded, with
// backoff, Retry-After honoured) only where that is safe: 429 always (nothing was done),
// 5xx and transport errors only for idempotent requests (reads, deletes, tokens,
// regenerating a slot), never for creating a key or a service account.
package vendor
