package vendor

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"

	"github.com/healthhub/platform-infra/internal/rotation"
)

// OpenAI's key management, as documented in the API reference (Administration):
//
//   - Admin API keys: GET /v1/organization/admin_api_keys (list: data, first_id, last_id,
//     has_more; limit and after), POST /v1/organization/admin_api_keys {"name"} (returns
//     the key with its value, "only shown on create"), DELETE
//     /v1/organization/admin_api_keys/{key_id} ({"id","object":
//     "organization.admin_api_key.deleted","deleted":true}). Admin keys can only call the
//     Administration endpoints.
//     https://developers.openai.com/api/reference/resources/organization/subresources/admin_api_keys/methods/create
//     https://developers.openai.com/api/reference/resources/organization/subresources/admin_api_keys/methods/delete
//   - Project API keys: list, retrieve and delete only. The reference says: "This API
//     does not allow issuing keys for users, as users need to authorize themselves to
//     generate keys." A user's project key cannot be rotated by API.
//     https://developers.openai.com/api/reference/resources/organization/subresources/projects/subresources/api_keys
//   - Project service accounts: POST /v1/organization/projects/{project_id}/service_accounts
//     {"name"} "creates a new service account in the project. This also returns an
//     unredacted API key for the service account" (api_key.value, api_key.id); GET lists
//     them (paginated like the admin keys); DELETE .../service_accounts/{service_account_id}
//     deletes the account and with it its key.
//     https://developers.openai.com/api/reference/resources/organization/subresources/projects/subresources/service_accounts/
//   - Errors: {"error":{"message","type","param","code"}}; GET /v1/models lists models
//     with a project key (no tokens used): the test step's call.
//
// So what rotates is a project service account: the AI service's key is the key of a
// service account that the rotation replaces every time (a new account with the same
// name, then the old account deleted). Creating one takes an admin key, which can manage
// the whole organization, so it lives in a secret of its own that only the rotation
// function reads (the AI service's secret names it by ARN); that admin key rotates too,
// through the admin key endpoints (OpenAIAdminKey).

// OpenAIService rotates the AI service's OpenAI key (a project service account's key).
//
// Create deletes service accounts of the project that have the secret's
// serviceAccountName but are not the current one (left by a failed attempt), then
// creates a service account with that name and stores its key as pending; Set has
// nothing to install; Test lists models with the pending key; Finish deletes the
// previous service account (a 404 is success).
type OpenAIService struct{ *common }

// OpenAIAdminKey rotates the admin key the rotation uses: Create deletes admin keys
// named keyName that are not the current one (left by a failed attempt), then creates a
// new admin key named keyName with the current one; Test lists admin keys with the
// pending key; Finish deletes the previous admin key with the current one (a 404 is
// success).
type OpenAIAdminKey struct{ *common }

type openAIServiceSecret struct {
	Vendor             string `json:"vendor"`
	ProjectID          string `json:"projectId"`
	ServiceAccountName string `json:"serviceAccountName"`
	ServiceAccountID   string `json:"serviceAccountId"`
	APIKeyID           string `json:"apiKeyId"`
	APIKey             string `json:"apiKey"`
	AdminSecretID      string `json:"adminSecretId"`
}

type openAIAdminSecret struct {
	Vendor     string `json:"vendor"`
	KeyName    string `json:"keyName"`
	AdminKeyID string `json:"adminKeyId"`
	AdminKey   string `json:"adminKey"`
}

var (
	openAIID     = regexp.MustCompile(`^[A-Za-z0-9_-]{1,128}$`)
	openAIName   = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9 _.-]{2,99}$`)
	secretARNish = regexp.MustCompile(`^(arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:)?[A-Za-z0-9/_+=.@-]{1,512}$`)
)

func parseOpenAIService(value string) (openAIServiceSecret, error) {
	var s openAIServiceSecret
	if err := decode(OpenAI, value, &s); err != nil {
		return s, err
	}
	c := checks{vendor: OpenAI}
	c.match("projectId", s.ProjectID, openAIID, "an OpenAI project id such as proj_abc")
	c.match("serviceAccountName", s.ServiceAccountName, openAIName, "a service account name (3-100 letters, digits, spaces, _ . -), unique in the project")
	c.match("serviceAccountId", s.ServiceAccountID, openAIID, "a service account id")
	c.match("apiKeyId", s.APIKeyID, openAIID, "an API key id such as key_abc")
	c.required("apiKey", s.APIKey)
	c.match("adminSecretId", s.AdminSecretID, secretARNish, "the ARN or name of the secret holding the OpenAI admin key")
	return s, c.err
}

func parseOpenAIAdmin(value string) (openAIAdminSecret, error) {
	var s openAIAdminSecret
	if err := decode(OpenAIAdmin, value, &s); err != nil {
		return s, err
	}
	c := checks{vendor: OpenAIAdmin}
	c.match("keyName", s.KeyName, openAIName, "an admin key name (3-100 letters, digits, spaces, _ . -), unique in the organization")
	c.match("adminKeyId", s.AdminKeyID, openAIID, "an admin key id such as key_abc")
	c.required("adminKey", s.AdminKey)
	return s, c.err
}

func (o *common) openAIURL(path string) string { return o.ep.OpenAI + "/v1" + path }

// adminKey reads the current admin key from its secret.
func (o *common) adminKey(ctx context.Context, s openAIServiceSecret) (string, error) {
	if o.sm == nil {
		return "", fmt.Errorf("%s: no Secrets Manager to read the admin key's secret", OpenAI)
	}
	v, err := o.sm.GetSecretValue(ctx, s.AdminSecretID, "", rotation.Current)
	if err != nil {
		return "", fmt.Errorf("%s: reading the admin key's secret %s: %w", OpenAI, s.AdminSecretID, err)
	}
	a, err := parseOpenAIAdmin(v)
	if err != nil {
		return "", fmt.Errorf("%s: the admin key's secret %s: %w", OpenAI, s.AdminSecretID, err)
	}
	return a.AdminKey, nil
}

type openAIListed struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// list reads every page of a list endpoint.
func (o *common) list(ctx context.Context, vendor, op, path, key string) ([]openAIListed, error) {
	var all []openAIListed
	after := ""
	for page := 0; page < 100; page++ {
		q := url.Values{"limit": {"100"}}
		if after != "" {
			q.Set("after", after)
		}
		var out struct {
			Data    []openAIListed `json:"data"`
			LastID  string         `json:"last_id"`
			HasMore bool           `json:"has_more"`
		}
		if _, err := o.client.do(ctx, request{
			vendor: vendor, op: op, method: http.MethodGet, url: o.openAIURL(path) + "?" + q.Encode(),
			header: bearer(key), idempotent: true, secrets: []string{key},
		}, &out); err != nil {
			return nil, err
		}
		all = append(all, out.Data...)
		if !out.HasMore || out.LastID == "" || out.LastID == after {
			return all, nil
		}
		after = out.LastID
	}
	return nil, fmt.Errorf("%s: %s: more than 100 pages", vendor, op)
}

func (o *common) openAIDelete(ctx context.Context, vendor, op, path, key string) error {
	_, err := o.client.do(ctx, request{
		vendor: vendor, op: op, method: http.MethodDelete, url: o.openAIURL(path),
		header: bearer(key), idempotent: true, secrets: []string{key},
	}, nil)
	if IsNotFound(err) {
		return nil // already deleted (a retried finishSecret)
	}
	return err
}

func saPath(project string) string {
	return "/organization/projects/" + url.PathEscape(project) + "/service_accounts"
}

// Create implements rotation.Strategy.
func (o *OpenAIService) Create(ctx context.Context, _ rotation.SecretsManager, current string) (string, error) {
	s, err := parseOpenAIService(current)
	if err != nil {
		return "", err
	}
	admin, err := o.adminKey(ctx, s)
	if err != nil {
		return "", err
	}
	accounts, err := o.list(ctx, OpenAI, "list service accounts of project "+s.ProjectID, saPath(s.ProjectID), admin)
	if err != nil {
		return "", err
	}
	for _, a := range accounts {
		if a.Name == s.ServiceAccountName && a.ID != s.ServiceAccountID {
			if err := o.openAIDelete(ctx, OpenAI, "delete leftover service account "+a.ID, saPath(s.ProjectID)+"/"+url.PathEscape(a.ID), admin); err != nil {
				return "", err
			}
		}
	}
	var created struct {
		ID     string `json:"id"`
		Name   string `json:"name"`
		APIKey *struct {
			ID    string `json:"id"`
			Value string `json:"value"`
		} `json:"api_key"`
	}
	if _, err := o.client.do(ctx, request{
		vendor: OpenAI, op: "create service account in project " + s.ProjectID,
		method: http.MethodPost, url: o.openAIURL(saPath(s.ProjectID)), header: withJSON(bearer(admin)),
		body: jsonBody(map[string]string{"name": s.ServiceAccountName}), secrets: []string{admin, s.APIKey},
	}, &created); err != nil {
		return "", err
	}
	if created.ID == "" || created.APIKey == nil || created.APIKey.Value == "" || created.APIKey.ID == "" {
		return "", fmt.Errorf("%s: create service account in project %s: the answer has no service account id or api_key", OpenAI, s.ProjectID)
	}
	return update(current, map[string]any{
		"serviceAccountId": created.ID, "apiKeyId": created.APIKey.ID, "apiKey": created.APIKey.Value,
	})
}

// Set implements rotation.Strategy: the key exists at OpenAI once created.
func (o *OpenAIService) Set(context.Context, string, string) error { return nil }

// Test implements rotation.Strategy.
func (o *OpenAIService) Test(ctx context.Context, pending string) error {
	p, err := parseOpenAIService(pending)
	if err != nil {
		return err
	}
	return o.untilAccepted(ctx, func() error {
		_, err := o.client.do(ctx, request{
			vendor: OpenAI, op: "list models with the pending key " + p.APIKeyID,
			method: http.MethodGet, url: o.openAIURL("/models"), header: bearer(p.APIKey),
			idempotent: true, secrets: []string{p.APIKey},
		}, nil)
		return err
	})
}

// Finish implements rotation.Strategy.
func (o *OpenAIService) Finish(ctx context.Context, previous, current string) error {
	c, err := parseOpenAIService(current)
	if err != nil {
		return err
	}
	p, err := parseOpenAIService(previous)
	if err != nil {
		return fmt.Errorf("AWSPREVIOUS: %w", err)
	}
	if p.ProjectID != c.ProjectID {
		return fmt.Errorf("%s: AWSPREVIOUS is a key of project %s and AWSCURRENT of %s: delete the previous project's service account by hand", OpenAI, p.ProjectID, c.ProjectID)
	}
	if p.ServiceAccountID == c.ServiceAccountID {
		return nil // the same account: nothing to retire
	}
	admin, err := o.adminKey(ctx, c)
	if err != nil {
		return err
	}
	return o.openAIDelete(ctx, OpenAI, "delete previous service account "+p.ServiceAccountID, saPath(c.ProjectID)+"/"+url.PathEscape(p.ServiceAccountID), admin)
}

const adminPath = "/organization/admin_api_keys"

// Create implements rotation.Strategy.
func (o *OpenAIAdminKey) Create(ctx context.Context, _ rotation.SecretsManager, current string) (string, error) {
	s, err := parseOpenAIAdmin(current)
	if err != nil {
		return "", err
	}
	keys, err := o.list(ctx, OpenAIAdmin, "list admin keys", adminPath, s.AdminKey)
	if err != nil {
		return "", err
	}
	for _, k := range keys {
		if k.Name == s.KeyName && k.ID != s.AdminKeyID {
			if err := o.openAIDelete(ctx, OpenAIAdmin, "delete leftover admin key "+k.ID, adminPath+"/"+url.PathEscape(k.ID), s.AdminKey); err != nil {
				return "", err
			}
		}
	}
	var created struct {
		ID    string `json:"id"`
		Value string `json:"value"`
	}
	if _, err := o.client.do(ctx, request{
		vendor: OpenAIAdmin, op: "create admin key",
		method: http.MethodPost, url: o.openAIURL(adminPath), header: withJSON(bearer(s.AdminKey)),
		body: jsonBody(map[string]string{"name": s.KeyName}), secrets: []string{s.AdminKey},
	}, &created); err != nil {
		return "", err
	}
	if created.ID == "" || created.Value == "" || created.ID == s.AdminKeyID {
		return "", fmt.Errorf("%s: create admin key: the answer has no new key id or value", OpenAIAdmin)
	}
	return update(current, map[string]any{"adminKeyId": created.ID, "adminKey": created.Value})
}

// Set implements rotation.Strategy: the key exists at OpenAI once created.
func (o *OpenAIAdminKey) Set(context.Context, string, string) error { return nil }

// Test implements rotation.Strategy.
func (o *OpenAIAdminKey) Test(ctx context.Context, pending string) error {
	p, err := parseOpenAIAdmin(pending)
	if err != nil {
		return err
	}
	return o.untilAccepted(ctx, func() error {
		_, err := o.client.do(ctx, request{
			vendor: OpenAIAdmin, op: "list admin keys with the pending key " + p.AdminKeyID,
			method: http.MethodGet, url: o.openAIURL(adminPath) + "?limit=1", header: bearer(p.AdminKey),
			idempotent: true, secrets: []string{p.AdminKey},
		}, nil)
		return err
	})
}

// Finish implements rotation.Strategy.
func (o *OpenAIAdminKey) Finish(ctx context.Context, previous, current string) error {
	c, err := parseOpenAIAdmin(current)
	if err != nil {
		return err
	}
	p, err := parseOpenAIAdmin(previous)
	if err != nil {
		return fmt.Errorf("AWSPREVIOUS: %w", err)
	}
	if p.AdminKeyID == c.AdminKeyID {
		return nil
	}
	return o.openAIDelete(ctx, OpenAIAdmin, "delete previous admin key "+p.AdminKeyID, adminPath+"/"+url.PathEscape(p.AdminKeyID), c.AdminKey)
}

var (
	_ rotation.Strategy = (*OpenAIService)(nil)
	_ rotation.Strategy = (*OpenAIAdminKey)(nil)
)
