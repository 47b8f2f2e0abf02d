package vendor

import (
	"crypto"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/healthhub/platform-infra/internal/rotation"
)

func googleSetup(t *testing.T) (*fakeGoogle, *rotation.Fake, *Strategy, string) {
	fg := newFakeGoogle(t)
	ts := serve(t, fg.handler())
	ep := fg.endpoints(ts.URL)
	sm := rotation.NewFake()
	sm.Create("vision", fg.secret(t))
	return fg, sm, newTestStrategy(t, testOptions(sm, ep)), fg.first
}

func keyID(t *testing.T, value string) string {
	t.Helper()
	s, err := parseGoogle(value)
	if err != nil {
		t.Fatal(err)
	}
	return s.file.PrivateKeyID
}

func privateKeyOf(t *testing.T, value string) string {
	t.Helper()
	s, err := parseGoogle(value)
	if err != nil {
		t.Fatal(err)
	}
	return s.file.PrivateKey
}

func TestGoogleRotation(t *testing.T) {
	fg, sm, s, first := googleSetup(t)
	if _, err := rotate(t, sm, s, "vision"); err != nil {
		t.Fatal(err)
	}
	cur := keyID(t, sm.Value("vision", rotation.Current))
	if cur == first {
		t.Fatal("AWSCURRENT still holds the first key")
	}
	if got := fg.live(); !slices.Equal(got, []string{cur}) {
		t.Errorf("live keys %v, want only the new current %s (the previous one deleted)", got, cur)
	}
	if keyID(t, sm.Value("vision", rotation.Previous)) != first {
		t.Error("AWSPREVIOUS is not the first key")
	}
	if fg.created != 1 {
		t.Errorf("created %d keys", fg.created)
	}
	// The new key authenticates the next rotation.
	if _, err := rotate(t, sm, s, "vision"); err != nil {
		t.Fatal(err)
	}
	if got := fg.live(); len(got) != 1 || got[0] == cur {
		t.Errorf("after a second rotation live keys %v", got)
	}
}

func TestGoogleRefusedCreateChangesNothing(t *testing.T) {
	for _, tc := range []struct {
		name     string
		fail     *failure
		want     []string
		attempts int
	}{
		{"forbidden", &failure{status: 403, times: -1, body: map[string]any{"error": map[string]any{"code": 403, "message": "Permission 'iam.serviceAccountKeys.create' denied on resource (or it may not exist).", "status": "PERMISSION_DENIED"}}},
			[]string{"google-vision", "create key of ai-vision@", "HTTP 403", "PERMISSION_DENIED", "iam.serviceAccountKeys.create"}, 1},
		{"quota", &failure{status: 429, times: -1, body: map[string]any{"error": map[string]any{"code": 429, "message": "Quota exceeded for quota metric 'Service account key create requests'.", "status": "RESOURCE_EXHAUSTED"}}},
			[]string{"google-vision", "HTTP 429", "RESOURCE_EXHAUSTED"}, 3},
		// A 5xx on create is not retried: the key may exist; the next attempt's Create
		// deletes it if it does.
		{"server error", &failure{status: 500, times: -1, body: map[string]any{"error": map[string]any{"code": 500, "message": "Internal error encountered.", "status": "INTERNAL"}}},
			[]string{"google-vision", "HTTP 500", "INTERNAL"}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fg, sm, s, first := googleSetup(t)
			fg.createFail = tc.fail
			before := sm.Value("vision", rotation.Current)
			_, err := rotate(t, sm, s, "vision")
			wantErr(t, err, append([]string{"createSecret"}, tc.want...)...)
			noSecrets(t, err, privateKeyOf(t, before))
			if sm.Value("vision", rotation.Current) != before {
				t.Error("AWSCURRENT changed")
			}
			if got := fg.live(); !slices.Equal(got, []string{first}) || fg.count("DELETE ") != 0 {
				t.Errorf("live keys %v, deletes %d: nothing may be revoked", got, fg.count("DELETE "))
			}
			if n := fg.count("POST /v1/"); n != tc.attempts {
				t.Errorf("create sent %d times, want %d", n, tc.attempts)
			}
		})
	}
}

func TestGoogleFailedTestLeavesKeyForTheNextAttempt(t *testing.T) {
	fg, sm, s, first := googleSetup(t)
	fg.refuseNew = true
	before := sm.Value("vision", rotation.Current)
	_, err := rotate(t, sm, s, "vision")
	wantErr(t, err, "testSecret", "google-vision", "OAuth token with the pending key", "HTTP 400", "invalid_grant", "Invalid JWT Signature")
	if sm.Value("vision", rotation.Current) != before {
		t.Fatal("AWSCURRENT changed after a failed test")
	}
	leftover := keyID(t, sm.Value("vision", rotation.Pending))
	if got := fg.live(); !slices.Equal(got, []string{first, leftover}) {
		t.Fatalf("live keys %v, want the current and the untested one", got)
	}
	// The next attempt deletes the leftover, then makes exactly one key.
	fg.refuseNew = false
	if _, err := rotate(t, sm, s, "vision"); err != nil {
		t.Fatal(err)
	}
	cur := keyID(t, sm.Value("vision", rotation.Current))
	if got := fg.live(); !slices.Equal(got, []string{cur}) || cur == leftover || fg.created != 2 {
		t.Errorf("live keys %v (current %s, leftover %s), created %d", got, cur, leftover, fg.created)
	}
}

func TestGoogleWaitsForANewKeyToPropagate(t *testing.T) {
	fg, sm, s, _ := googleSetup(t)
	fg.newRefusals = 2
	if _, err := rotate(t, sm, s, "vision"); err != nil {
		t.Fatal(err)
	}
}

func TestGoogleRetriedFinishIsIdempotent(t *testing.T) {
	fg, sm, s, first := googleSetup(t)
	fg.deleteFail = 3 // every attempt of the first finishSecret
	token, err := rotate(t, sm, s, "vision")
	wantErr(t, err, "finishSecret", "delete key "+first, "HTTP 503", "UNAVAILABLE")
	if !slices.Contains(fg.live(), first) {
		t.Fatal("previous key deleted although finish failed")
	}
	for i := 0; i < 2; i++ { // retried by Secrets Manager; the second finds it deleted (404)
		if err := handle(sm, s, "vision", token, rotation.StepFinish); err != nil {
			t.Fatalf("retried finish %d: %v", i, err)
		}
	}
	if got := fg.live(); len(got) != 1 || got[0] == first {
		t.Errorf("live keys %v", got)
	}
}

func TestGoogleLostDeleteAnswerIsSuccess(t *testing.T) {
	fg, sm, s, first := googleSetup(t)
	fg.deleteLost = 1 // deleted, but the answer is a 503: the retry gets 404
	if _, err := rotate(t, sm, s, "vision"); err != nil {
		t.Fatal(err)
	}
	if slices.Contains(fg.live(), first) {
		t.Error("previous key not deleted")
	}
}

func TestGoogleJWT(t *testing.T) {
	fg := newFakeGoogle(t)
	s, err := parseGoogle(fg.secret(t))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1_800_000_000, 0)
	jwt, err := signJWT(s.file, s.key, "https://oauth2.googleapis.com/token", now)
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(jwt, ".")
	var header, claims map[string]any
	hb, _ := base64.RawURLEncoding.DecodeString(parts[0])
	cb, _ := base64.RawURLEncoding.DecodeString(parts[1])
	_ = json.Unmarshal(hb, &header)
	_ = json.Unmarshal(cb, &claims)
	if header["alg"] != "RS256" || header["typ"] != "JWT" || header["kid"] != s.file.PrivateKeyID {
		t.Errorf("header %v", header)
	}
	if claims["iss"] != s.file.ClientEmail || claims["aud"] != "https://oauth2.googleapis.com/token" || claims["scope"] != googleScope ||
		claims["iat"] != float64(now.Unix()) || claims["exp"] != float64(now.Add(time.Hour).Unix()) {
		t.Errorf("claims %v", claims)
	}
	sig, _ := base64.RawURLEncoding.DecodeString(parts[2])
	digest := sha256.Sum256([]byte(parts[0] + "." + parts[1]))
	if err := rsa.VerifyPKCS1v15(&s.key.PublicKey, crypto.SHA256, digest[:], sig); err != nil {
		t.Errorf("signature: %v", err)
	}
}

func TestGoogleSecretValidation(t *testing.T) {
	fg := newFakeGoogle(t)
	base := fg.secret(t)
	var doc struct {
		KeyFile map[string]any `json:"keyFile"`
	}
	_ = json.Unmarshal([]byte(base), &doc)
	pk := doc.KeyFile["private_key"].(string)
	with := func(k string, v any) string {
		kf := map[string]any{}
		for a, b := range doc.KeyFile {
			kf[a] = b
		}
		kf[k] = v
		out, _ := update(base, map[string]any{"keyFile": kf})
		return out
	}
	for _, tc := range []struct {
		value, want string
	}{
		{`{"vendor":"google-vision"}`, "field keyFile: is missing"},
		{with("type", "authorized_user"), "field keyFile.type: is \"authorized_user\""},
		{with("client_email", "someone@example.com"), "field keyFile.client_email"},
		{with("private_key", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"), "field keyFile.private_key: is not a PKCS #8 or PKCS #1 RSA private key"},
		{with("private_key_id", "../../x"), "field keyFile.private_key_id"},
		{`{"vendor":"google-vision","keyFile":"a string"}`, "field keyFile: is not a JSON key file object"},
	} {
		_, err := parseGoogle(tc.value)
		wantErr(t, err, "google-vision secret", tc.want)
		noSecrets(t, err, pk, "AAAA")
	}
}
