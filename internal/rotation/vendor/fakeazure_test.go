package vendor

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// fakeAzure implements, for one account, the Microsoft Entra ID token endpoint (client
// credentials), Resource Manager's regenerateKey and listKeys for
// Microsoft.CognitiveServices accounts, and the Speech service's issueToken (served
// under /speech/{region} so that the region in the URL is checked).
type fakeAzure struct {
	t *testing.T
	journal

	mu                             sync.Mutex
	tenant, clientID, clientSecret string
	subscription, group, account   string
	region                         string
	keys                           map[string]string // Key1, Key2
	tokens                         map[string]bool
	regenerated                    []string
	regenerateFail                 map[string]*failure // per slot
	refuseSlot                     map[string]bool     // issueToken refuses the key in that slot
}

func newFakeAzure(t *testing.T) *fakeAzure {
	return &fakeAzure{
		t: t, tenant: "11111111-2222-3333-4444-555555555555", clientID: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", clientSecret: "entra-secret-" + randHex(8),
		subscription: "99999999-8888-7777-6666-555555555555", group: "healthhub-ai", account: "healthhub-speech", region: "eastus",
		keys:   map[string]string{"Key1": randHex(16), "Key2": randHex(16)},
		tokens: map[string]bool{}, regenerateFail: map[string]*failure{}, refuseSlot: map[string]bool{},
	}
}

// secret is the operator's first value: the account's Key1 in use.
func (f *fakeAzure) secret(t *testing.T) string {
	return mustJSON(t, map[string]string{
		"vendor": "azure-speech", "region": f.region, "subscriptionId": f.subscription, "resourceGroup": f.group,
		"account": f.account, "tenantId": f.tenant, "clientId": f.clientID, "clientSecret": f.clientSecret,
		"keyName": "Key1", "key": f.key("Key1"), "endpoint": "https://healthhub-speech.cognitiveservices.azure.com/",
	})
}

func (f *fakeAzure) key(slot string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.keys[slot]
}

func (f *fakeAzure) valid(key string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return key != "" && (key == f.keys["Key1"] || key == f.keys["Key2"])
}

func (f *fakeAzure) endpoints(url string) Endpoints {
	return Endpoints{AzureLogin: url, AzureManagement: url, AzureSpeech: url + "/speech/{region}"}
}

func armError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, map[string]any{"error": map[string]string{"code": code, "message": msg}})
}

func (f *fakeAzure) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /{tenant}/oauth2/v2.0/token", func(w http.ResponseWriter, r *http.Request) {
		f.add(r)
		if ct := r.Header.Get("Content-Type"); ct != "application/x-www-form-urlencoded" {
			f.t.Errorf("token request Content-Type %q", ct)
		}
		if err := r.ParseForm(); err != nil {
			f.t.Errorf("token form: %v", err)
		}
		if r.PathValue("tenant") != f.tenant {
			writeJSON(w, 400, map[string]any{"error": "invalid_request", "error_description": "AADSTS90002: Tenant '" + r.PathValue("tenant") + "' not found.\r\nTrace ID: x", "error_codes": []int{90002}})
			return
		}
		if r.PostForm.Get("grant_type") != "client_credentials" || r.PostForm.Get("scope") != "https://management.azure.com/.default" {
			f.t.Errorf("token form grant_type %q scope %q", r.PostForm.Get("grant_type"), r.PostForm.Get("scope"))
			writeJSON(w, 400, map[string]any{"error": "invalid_scope", "error_description": "AADSTS70011: The provided value for the input parameter 'scope' is not valid."})
			return
		}
		if r.PostForm.Get("client_id") != f.clientID || r.PostForm.Get("client_secret") != f.clientSecret {
			writeJSON(w, 401, map[string]any{"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '" + f.clientID + "'.\r\nTrace ID: 0000", "error_codes": []int{7000215}})
			return
		}
		tok := "eyJ0eXAi." + randHex(12)
		f.mu.Lock()
		f.tokens[tok] = true
		f.mu.Unlock()
		writeJSON(w, 200, map[string]any{"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": tok})
	})
	mux.HandleFunc("POST /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.CognitiveServices/accounts/{account}/{action}", func(w http.ResponseWriter, r *http.Request) {
		f.add(r)
		f.mu.Lock()
		defer f.mu.Unlock()
		auth, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || !f.tokens[auth] {
			armError(w, 401, "InvalidAuthenticationToken", "The access token is invalid.")
			return
		}
		if v := r.URL.Query().Get("api-version"); v != azureAPIVersion {
			armError(w, 400, "MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests.")
			return
		}
		if r.PathValue("sub") != f.subscription || !strings.EqualFold(r.PathValue("rg"), f.group) || r.PathValue("account") != f.account {
			armError(w, 404, "ResourceNotFound", "The Resource 'Microsoft.CognitiveServices/accounts/"+r.PathValue("account")+"' under resource group '"+r.PathValue("rg")+"' was not found.")
			return
		}
		switch r.PathValue("action") {
		case "listKeys":
			writeJSON(w, 200, map[string]string{"key1": f.keys["Key1"], "key2": f.keys["Key2"]})
		case "regenerateKey":
			if ct := r.Header.Get("Content-Type"); ct != "application/json" {
				f.t.Errorf("regenerateKey Content-Type %q", ct)
			}
			var body struct {
				KeyName string `json:"keyName"`
			}
			if err := json.NewDecoder(r.Body).Decode(&body); err != nil || (body.KeyName != "Key1" && body.KeyName != "Key2") {
				armError(w, 400, "InvalidRequestContent", "The request content was invalid and could not be deserialized.")
				return
			}
			if fail := f.regenerateFail[body.KeyName]; fail.take() {
				fail.write(w)
				return
			}
			f.regenerated = append(f.regenerated, body.KeyName)
			f.keys[body.KeyName] = randHex(16)
			writeJSON(w, 200, map[string]string{"key1": f.keys["Key1"], "key2": f.keys["Key2"]})
		default:
			armError(w, 404, "InvalidResourceType", "no such action")
		}
	})
	mux.HandleFunc("POST /speech/{region}/sts/v1.0/issueToken", func(w http.ResponseWriter, r *http.Request) {
		f.add(r)
		f.mu.Lock()
		defer f.mu.Unlock()
		key := r.Header.Get("Ocp-Apim-Subscription-Key")
		ok := r.PathValue("region") == f.region && key != "" &&
			((key == f.keys["Key1"] && !f.refuseSlot["Key1"]) || (key == f.keys["Key2"] && !f.refuseSlot["Key2"]))
		if !ok {
			armError(w, 401, "401", "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.")
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write([]byte("eyJhbGciOiJodHRwOi8vd3d3LnczLm9yZy8yMDAxLzA0L3htbGRzaWctbW9yZSNobWFjLXNoYTI1NiIsInR5cCI6IkpXVCJ9." + randHex(8)))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		f.t.Errorf("azure: unexpected %s %s", r.Method, r.URL.Path)
		armError(w, 404, "NotFound", "no such endpoint")
	})
	return mux
}

func (f *fakeAzure) regenerations() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.regenerated...)
}
