package vendor

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

type fakeOpenAIAdminKey struct {
	id, name, value string
	deleted         bool
}

type fakeOpenAIAccount struct {
	id, name, keyID, key string
	deleted              bool
}

// fakeOpenAI implements the Administration endpoints the rotation uses (admin API keys:
// list, create, delete; a project's service accounts: list, create, delete) and GET
// /v1/models, with OpenAI's list pagination and error bodies. Lists return at most
// pageCap items a page, so pagination is exercised.
type fakeOpenAI struct {
	t *testing.T
	journal

	mu           sync.Mutex
	project      string
	admins       []*fakeOpenAIAdminKey
	accounts     []*fakeOpenAIAccount
	pageCap      int
	createFail   *failure
	rejectModels map[string]bool // key values /v1/models refuses
	refuseNew    bool            // /v1/models refuses every key created by the API
	deleteFail   int             // DELETEs answered 503 without deleting
	deleteLost   int             // DELETEs that delete, then answer 503
	created      int
	seq          int
}

func newFakeOpenAI(t *testing.T) *fakeOpenAI {
	f := &fakeOpenAI{t: t, project: "proj_healthhub", pageCap: 2, rejectModels: map[string]bool{}}
	f.admins = append(f.admins, &fakeOpenAIAdminKey{id: "key_admin0", name: "healthhub-production-rotation", value: "sk-admin-" + randHex(20)})
	f.admins = append(f.admins, &fakeOpenAIAdminKey{id: "key_human", name: "alice's key", value: "sk-admin-" + randHex(20)})
	f.accounts = append(f.accounts,
		&fakeOpenAIAccount{id: "svc_acct_other1", name: "billing-export", keyID: "key_o1", key: "sk-svcacct-" + randHex(20)},
		&fakeOpenAIAccount{id: "svc_acct_ai0", name: "healthhub-ai-production", keyID: "key_ai0", key: "sk-svcacct-" + randHex(20)},
		&fakeOpenAIAccount{id: "svc_acct_other2", name: "healthhub-ai-staging", keyID: "key_o2", key: "sk-svcacct-" + randHex(20)},
	)
	return f
}

func (f *fakeOpenAI) adminSecret(t *testing.T) string {
	a := f.admins[0]
	return mustJSON(t, map[string]string{"vendor": "openai-admin", "keyName": a.name, "adminKeyId": a.id, "adminKey": a.value})
}

func (f *fakeOpenAI) serviceSecret(t *testing.T, adminSecretID string) string {
	a := f.accounts[1]
	return mustJSON(t, map[string]string{
		"vendor": "openai", "projectId": f.project, "serviceAccountName": a.name, "serviceAccountId": a.id,
		"apiKeyId": a.keyID, "apiKey": a.key, "adminSecretId": adminSecretID,
	})
}

func (f *fakeOpenAI) liveAccounts() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, a := range f.accounts {
		if !a.deleted {
			out = append(out, a.id)
		}
	}
	return out
}

func (f *fakeOpenAI) liveAdmins() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, a := range f.admins {
		if !a.deleted {
			out = append(out, a.id)
		}
	}
	return out
}

// keyWorks says whether a key authenticates at the data plane (/v1/models).
func (f *fakeOpenAI) keyWorks(key string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, a := range f.accounts {
		if a.key == key {
			return !a.deleted
		}
	}
	return false
}

func openAIError(w http.ResponseWriter, status int, typ, code, msg string) {
	var c any
	if code != "" {
		c = code
	}
	writeJSON(w, status, map[string]any{"error": map[string]any{"message": msg, "type": typ, "param": nil, "code": c}})
}

// incorrectKey echoes the whole key, as a worst case for the rotation's redaction.
func incorrectKey(w http.ResponseWriter, key string) {
	openAIError(w, 401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided: "+key+". You can find your API key at https://platform.openai.com/account/api-keys.")
}

func page[T any](f *fakeOpenAI, w http.ResponseWriter, r *http.Request, items []T, id func(T) string, render func(T) map[string]any) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit < 1 || limit > 100 {
		openAIError(w, 400, "invalid_request_error", "", "limit must be between 1 and 100")
		return
	}
	if limit > f.pageCap {
		limit = f.pageCap
	}
	start := 0
	if after := r.URL.Query().Get("after"); after != "" {
		start = -1
		for i, it := range items {
			if id(it) == after {
				start = i + 1
			}
		}
		if start < 0 {
			openAIError(w, 400, "invalid_request_error", "", "invalid after cursor")
			return
		}
	}
	end := min(start+limit, len(items))
	data := []map[string]any{}
	for _, it := range items[start:end] {
		data = append(data, render(it))
	}
	out := map[string]any{"object": "list", "data": data, "has_more": end < len(items), "first_id": nil, "last_id": nil}
	if len(data) > 0 {
		out["first_id"], out["last_id"] = id(items[start]), id(items[end-1])
	}
	writeJSON(w, 200, out)
}

func (f *fakeOpenAI) handler() http.Handler {
	mux := http.NewServeMux()
	// admin authenticates an Administration request: a live admin key.
	admin := func(w http.ResponseWriter, r *http.Request) (*fakeOpenAIAdminKey, bool) {
		f.add(r)
		key, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		for _, a := range f.admins {
			if a.value == key && !a.deleted {
				return a, true
			}
		}
		for _, a := range f.accounts {
			if a.key == key && !a.deleted {
				openAIError(w, 403, "invalid_request_error", "", "You have insufficient permissions for this operation. Missing scopes: api.management.read.")
				return nil, false
			}
		}
		incorrectKey(w, key)
		return nil, false
	}
	created := func(w http.ResponseWriter, r *http.Request) (string, bool) {
		if ct := r.Header.Get("Content-Type"); ct != "application/json" {
			f.t.Errorf("create Content-Type %q", ct)
		}
		var body struct {
			Name string `json:"name"`
		}
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.Name == "" {
			openAIError(w, 400, "invalid_request_error", "", "name is required")
			return "", false
		}
		if f.createFail.take() {
			f.createFail.write(w)
			return "", false
		}
		f.seq++
		f.created++
		return body.Name, true
	}
	deleted := func(w http.ResponseWriter, object, id string) {
		if f.deleteLost > 0 {
			f.deleteLost--
			openAIError(w, 503, "server_error", "", "The server is overloaded or not ready yet.")
			return
		}
		writeJSON(w, 200, map[string]any{"object": object, "id": id, "deleted": true})
	}

	mux.HandleFunc("GET /v1/organization/admin_api_keys", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if _, ok := admin(w, r); !ok {
			return
		}
		var live []*fakeOpenAIAdminKey
		for _, a := range f.admins {
			if !a.deleted {
				live = append(live, a)
			}
		}
		page(f, w, r, live, func(a *fakeOpenAIAdminKey) string { return a.id }, func(a *fakeOpenAIAdminKey) map[string]any {
			return map[string]any{"object": "organization.admin_api_key", "id": a.id, "name": a.name, "redacted_value": a.value[:9] + "..." + a.value[len(a.value)-3:], "created_at": 1711471533, "last_used_at": nil, "owner": map[string]any{"type": "user", "object": "organization.user", "id": "user_1", "name": "Owner", "created_at": 1711471533, "role": "owner"}}
		})
	})
	mux.HandleFunc("POST /v1/organization/admin_api_keys", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if _, ok := admin(w, r); !ok {
			return
		}
		name, ok := created(w, r)
		if !ok {
			return
		}
		a := &fakeOpenAIAdminKey{id: "key_admin" + strconv.Itoa(f.seq), name: name, value: "sk-admin-" + randHex(20)}
		f.admins = append(f.admins, a)
		writeJSON(w, 200, map[string]any{"object": "organization.admin_api_key", "id": a.id, "name": a.name, "redacted_value": "sk-admin...xyz", "value": a.value, "created_at": time.Now().Unix(), "last_used_at": nil, "owner": map[string]any{"type": "user", "id": "user_1", "role": "owner"}})
	})
	mux.HandleFunc("DELETE /v1/organization/admin_api_keys/{id}", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if _, ok := admin(w, r); !ok {
			return
		}
		for _, a := range f.admins {
			if a.id == r.PathValue("id") && !a.deleted {
				a.deleted = true
				deleted(w, "organization.admin_api_key.deleted", a.id)
				return
			}
		}
		openAIError(w, 404, "invalid_request_error", "not_found", "No such admin API key: "+r.PathValue("id"))
	})
	sa := "/v1/organization/projects/{project}/service_accounts"
	project := func(w http.ResponseWriter, r *http.Request) bool {
		if _, ok := admin(w, r); !ok {
			return false
		}
		if r.PathValue("project") != f.project {
			openAIError(w, 404, "invalid_request_error", "not_found", "No such project: "+r.PathValue("project"))
			return false
		}
		return true
	}
	mux.HandleFunc("GET "+sa, func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if !project(w, r) {
			return
		}
		var live []*fakeOpenAIAccount
		for _, a := range f.accounts {
			if !a.deleted {
				live = append(live, a)
			}
		}
		page(f, w, r, live, func(a *fakeOpenAIAccount) string { return a.id }, func(a *fakeOpenAIAccount) map[string]any {
			return map[string]any{"object": "organization.project.service_account", "id": a.id, "name": a.name, "role": "member", "created_at": 1711471533}
		})
	})
	mux.HandleFunc("POST "+sa, func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if !project(w, r) {
			return
		}
		name, ok := created(w, r)
		if !ok {
			return
		}
		n := strconv.Itoa(f.seq)
		a := &fakeOpenAIAccount{id: "svc_acct_new" + n, name: name, keyID: "key_new" + n, key: "sk-svcacct-" + randHex(20)}
		if f.refuseNew {
			f.rejectModels[a.key] = true
		}
		f.accounts = append(f.accounts, a)
		writeJSON(w, 200, map[string]any{"object": "organization.project.service_account", "id": a.id, "name": a.name, "role": "member", "created_at": time.Now().Unix(),
			"api_key": map[string]any{"object": "organization.project.service_account.api_key", "value": a.key, "name": "Secret Key", "created_at": time.Now().Unix(), "id": a.keyID}})
	})
	mux.HandleFunc("DELETE "+sa+"/{id}", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if !project(w, r) {
			return
		}
		if f.deleteFail > 0 {
			f.deleteFail--
			openAIError(w, 503, "server_error", "", "The server is overloaded or not ready yet.")
			return
		}
		for _, a := range f.accounts {
			if a.id == r.PathValue("id") && !a.deleted {
				a.deleted = true
				deleted(w, "organization.project.service_account.deleted", a.id)
				return
			}
		}
		openAIError(w, 404, "invalid_request_error", "not_found", "No such service account: "+r.PathValue("id"))
	})
	mux.HandleFunc("GET /v1/models", func(w http.ResponseWriter, r *http.Request) {
		f.add(r)
		f.mu.Lock()
		defer f.mu.Unlock()
		key, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		for _, a := range f.accounts {
			if a.key == key && !a.deleted && !f.rejectModels[key] {
				writeJSON(w, 200, map[string]any{"object": "list", "data": []any{map[string]any{"id": "gpt-4o", "object": "model", "created": 1715367049, "owned_by": "system"}}})
				return
			}
		}
		incorrectKey(w, key)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		f.t.Errorf("openai: unexpected %s %s", r.Method, r.URL.Path)
		openAIError(w, 404, "invalid_request_error", "", "Invalid URL ("+r.Method+" "+r.URL.Path+")")
	})
	return mux
}
