package vendor

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// rsaPool holds a few 2048-bit keys made once (making one takes tens of milliseconds);
// each fake hands them out in turn, so keys within a test are distinct.
var (
	rsaOnce sync.Once
	rsaPool []*rsa.PrivateKey
)

func poolKey(i int) *rsa.PrivateKey {
	rsaOnce.Do(func() {
		rsaPool = make([]*rsa.PrivateKey, 8)
		var wg sync.WaitGroup
		for i := range rsaPool {
			wg.Add(1)
			go func() {
				defer wg.Done()
				k, err := rsa.GenerateKey(rand.Reader, 2048)
				if err != nil {
					panic(err)
				}
				rsaPool[i] = k
			}()
		}
		wg.Wait()
	})
	return rsaPool[i%len(rsaPool)]
}

type fakeGoogleKey struct {
	pub      *rsa.PublicKey
	deleted  bool
	disabled bool
	refusals int // token requests refused before the key is accepted (propagation)
}

// fakeGoogle implements, for one service account, the OAuth 2.0 token endpoint of the
// server-to-server flow (verifying the RS256 JWT against the key's public half) and the
// IAM API's projects.serviceAccounts.keys list, create, get and delete.
type fakeGoogle struct {
	t *testing.T
	journal

	mu             sync.Mutex
	project, email string
	tokenURL       string
	keys           map[string]*fakeGoogleKey
	order          []string
	next           int
	tokens         map[string]bool
	createFail     *failure
	refuseNew      bool // the token endpoint refuses every key but the first
	first          string
	newRefusals    int // propagation: refusals of each new key before it is accepted
	deleteFail     int // DELETEs answered 503 without deleting
	deleteLost     int // DELETEs that delete, then answer 503 (a lost answer)
	created        int
}

func newFakeGoogle(t *testing.T) *fakeGoogle {
	return &fakeGoogle{t: t, project: "healthhub-vision", email: "ai-vision@healthhub-vision.iam.gserviceaccount.com", keys: map[string]*fakeGoogleKey{}, tokens: map[string]bool{}}
}

// newKeyLocked makes a key and returns its JSON key file.
func (f *fakeGoogle) newKeyLocked() (string, []byte) {
	priv := poolKey(f.next)
	f.next++
	id := randHex(20)
	k := &fakeGoogleKey{pub: &priv.PublicKey}
	if f.first != "" {
		k.refusals = f.newRefusals
	}
	f.keys[id] = k
	f.order = append(f.order, id)
	der, _ := x509.MarshalPKCS8PrivateKey(priv)
	file, _ := json.Marshal(map[string]string{
		"type": "service_account", "project_id": f.project, "private_key_id": id,
		"private_key":  string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})),
		"client_email": f.email, "client_id": "104857600000000000000",
		"auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
		"auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
		"client_x509_cert_url":        "https://www.googleapis.com/robot/v1/metadata/x509/ai-vision%40healthhub-vision.iam.gserviceaccount.com",
		"universe_domain":             "googleapis.com",
	})
	return id, file
}

// secret is the operator's first value: a key made in the console.
func (f *fakeGoogle) secret(t *testing.T) string {
	f.mu.Lock()
	id, file := f.newKeyLocked()
	f.first = id
	f.mu.Unlock()
	return mustJSON(t, map[string]any{"vendor": "google-vision", "keyFile": json.RawMessage(file)})
}

func (f *fakeGoogle) live() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, id := range f.order {
		if !f.keys[id].deleted {
			out = append(out, id)
		}
	}
	return out
}

func (f *fakeGoogle) endpoints(url string) Endpoints {
	f.tokenURL = url + "/token"
	return Endpoints{GoogleIAM: url, GoogleToken: f.tokenURL}
}

func googleError(w http.ResponseWriter, status int, state, msg string) {
	writeJSON(w, status, map[string]any{"error": map[string]any{"code": status, "message": msg, "status": state}})
}

func oauthError(w http.ResponseWriter, code, desc string) {
	writeJSON(w, 400, map[string]string{"error": code, "error_description": desc})
}

// verifyJWT checks the assertion as Google documents it and returns the key id.
func (f *fakeGoogle) verifyJWTLocked(assertion string) (string, string) {
	parts := strings.Split(assertion, ".")
	if len(parts) != 3 {
		return "", "malformed JWT"
	}
	dec := base64.RawURLEncoding
	var header struct{ Alg, Typ, Kid string }
	var claims struct {
		Iss, Scope, Aud string
		Iat, Exp        int64
	}
	hb, err1 := dec.DecodeString(parts[0])
	cb, err2 := dec.DecodeString(parts[1])
	sig, err3 := dec.DecodeString(parts[2])
	if err1 != nil || err2 != nil || err3 != nil || json.Unmarshal(hb, &header) != nil || json.Unmarshal(cb, &claims) != nil {
		return "", "malformed JWT"
	}
	if header.Alg != "RS256" || header.Typ != "JWT" {
		f.t.Errorf("JWT header %+v", header)
		return "", "Invalid JWT header"
	}
	now := time.Now().Unix()
	if claims.Iss != f.email || claims.Aud != f.tokenURL || !strings.Contains(claims.Scope, "https://www.googleapis.com/auth/cloud-platform") ||
		claims.Exp-claims.Iat > 3600 || claims.Iat > now+60 || claims.Exp < now {
		f.t.Errorf("JWT claims %+v", claims)
		return "", "Invalid JWT: claims"
	}
	k := f.keys[header.Kid]
	if k == nil || k.deleted {
		return "", "Invalid JWT Signature."
	}
	digest := sha256.Sum256([]byte(parts[0] + "." + parts[1]))
	if rsa.VerifyPKCS1v15(k.pub, crypto.SHA256, digest[:], sig) != nil {
		return "", "Invalid JWT Signature."
	}
	if f.refuseNew && header.Kid != f.first {
		return "", "Invalid JWT Signature."
	}
	if k.refusals > 0 {
		k.refusals--
		return "", "Invalid JWT Signature."
	}
	return header.Kid, ""
}

func (f *fakeGoogle) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /token", func(w http.ResponseWriter, r *http.Request) {
		f.add(r)
		if ct := r.Header.Get("Content-Type"); ct != "application/x-www-form-urlencoded" {
			f.t.Errorf("token Content-Type %q", ct)
		}
		_ = r.ParseForm()
		if g := r.PostForm.Get("grant_type"); g != "urn:ietf:params:oauth:grant-type:jwt-bearer" {
			oauthError(w, "unsupported_grant_type", "Invalid grant_type: "+g)
			return
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		if _, problem := f.verifyJWTLocked(r.PostForm.Get("assertion")); problem != "" {
			oauthError(w, "invalid_grant", problem)
			return
		}
		tok := "ya29." + randHex(16)
		f.tokens[tok] = true
		writeJSON(w, 200, map[string]any{"access_token": tok, "expires_in": 3599, "token_type": "Bearer"})
	})
	account := "/v1/projects/{project}/serviceAccounts/{email}/keys"
	authorized := func(w http.ResponseWriter, r *http.Request) bool {
		f.add(r)
		tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || !f.tokens[tok] {
			googleError(w, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.")
			return false
		}
		if r.PathValue("project") != f.project || r.PathValue("email") != f.email {
			googleError(w, 404, "NOT_FOUND", "Unknown service account")
			return false
		}
		return true
	}
	meta := func(id string) map[string]any {
		return map[string]any{
			"name":           "projects/" + f.project + "/serviceAccounts/" + f.email + "/keys/" + id,
			"validAfterTime": "2026-01-01T00:00:00Z", "validBeforeTime": "9999-12-31T23:59:59Z",
			"keyAlgorithm": "KEY_ALG_RSA_2048", "keyOrigin": "GOOGLE_PROVIDED", "keyType": "USER_MANAGED", "disabled": f.keys[id].disabled,
		}
	}
	mux.HandleFunc("GET "+account, func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if !authorized(w, r) {
			return
		}
		if kt := r.URL.Query()["keyTypes"]; len(kt) != 1 || kt[0] != "USER_MANAGED" {
			f.t.Errorf("list keys keyTypes %v", kt)
		}
		keys := []any{}
		for _, id := range f.order {
			if !f.keys[id].deleted {
				keys = append(keys, meta(id))
			}
		}
		writeJSON(w, 200, map[string]any{"keys": keys})
	})
	mux.HandleFunc("POST "+account, func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if !authorized(w, r) {
			return
		}
		var body struct{ PrivateKeyType, KeyAlgorithm string }
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.PrivateKeyType != "TYPE_GOOGLE_CREDENTIALS_FILE" || body.KeyAlgorithm != "KEY_ALG_RSA_2048" {
			googleError(w, 400, "INVALID_ARGUMENT", "Invalid JSON payload received.")
			return
		}
		if f.createFail.take() {
			f.createFail.write(w)
			return
		}
		live := 0
		for _, k := range f.keys {
			if !k.deleted {
				live++
			}
		}
		if live >= 10 {
			googleError(w, 400, "FAILED_PRECONDITION", "Precondition check failed.")
			return
		}
		id, file := f.newKeyLocked()
		f.created++
		m := meta(id)
		m["privateKeyType"] = "TYPE_GOOGLE_CREDENTIALS_FILE"
		m["privateKeyData"] = base64.StdEncoding.EncodeToString(file)
		writeJSON(w, 200, m)
	})
	mux.HandleFunc("GET "+account+"/{key}", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if !authorized(w, r) {
			return
		}
		if k := f.keys[r.PathValue("key")]; k == nil || k.deleted {
			googleError(w, 404, "NOT_FOUND", "Service account key "+r.PathValue("key")+" does not exist.")
			return
		}
		writeJSON(w, 200, meta(r.PathValue("key")))
	})
	mux.HandleFunc("DELETE "+account+"/{key}", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if !authorized(w, r) {
			return
		}
		if f.deleteFail > 0 {
			f.deleteFail--
			googleError(w, 503, "UNAVAILABLE", "The service is currently unavailable.")
			return
		}
		k := f.keys[r.PathValue("key")]
		if k == nil || k.deleted {
			googleError(w, 404, "NOT_FOUND", "Service account key "+r.PathValue("key")+" does not exist.")
			return
		}
		k.deleted = true
		if f.deleteLost > 0 {
			f.deleteLost--
			googleError(w, 503, "UNAVAILABLE", "The service is currently unavailable.")
			return
		}
		writeJSON(w, 200, map[string]any{})
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		f.t.Errorf("google: unexpected %s %s", r.Method, r.URL.Path)
		googleError(w, 404, "NOT_FOUND", "no such endpoint")
	})
	return mux
}
