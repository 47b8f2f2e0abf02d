package vendor

import (
	"slices"
	"testing"

	"github.com/healthhub/platform-infra/internal/rotation"
)

func openAISetup(t *testing.T) (*fakeOpenAI, *rotation.Fake, *Strategy) {
	fo := newFakeOpenAI(t)
	ts := serve(t, fo.handler())
	sm := rotation.NewFake()
	sm.Create("openai-admin", fo.adminSecret(t))
	sm.Create("openai", fo.serviceSecret(t, "openai-admin"))
	return fo, sm, newTestStrategy(t, testOptions(sm, Endpoints{OpenAI: ts.URL}))
}

var others = []string{"svc_acct_other1", "svc_acct_other2"}

func TestOpenAIServiceKeyRotation(t *testing.T) {
	fo, sm, s := openAISetup(t)
	old := field(t, sm.Value("openai", rotation.Current), "apiKey")
	if _, err := rotate(t, sm, s, "openai"); err != nil {
		t.Fatal(err)
	}
	cur := sm.Value("openai", rotation.Current)
	id, key := field(t, cur, "serviceAccountId"), field(t, cur, "apiKey")
	if id == "svc_acct_ai0" || !fo.keyWorks(key) {
		t.Fatalf("AWSCURRENT holds service account %s", id)
	}
	if fo.keyWorks(old) {
		t.Error("the old key still works after finishSecret")
	}
	if got := fo.liveAccounts(); !slices.Equal(got, append(slices.Clone(others), id)) {
		t.Errorf("live service accounts %v: the previous one deleted, the project's others kept", got)
	}
	if fo.created != 1 || fo.count("GET /v1/models") != 1 {
		t.Errorf("created %d, model lists %d", fo.created, fo.count("GET /v1/models"))
	}
	if field(t, cur, "adminSecretId") != "openai-admin" || field(t, cur, "serviceAccountName") != "healthhub-ai-production" {
		t.Error("the secret lost fields the rotation does not own")
	}
}

func TestOpenAIAdminKeyRotation(t *testing.T) {
	fo, sm, s := openAISetup(t)
	if _, err := rotate(t, sm, s, "openai-admin"); err != nil {
		t.Fatal(err)
	}
	cur := field(t, sm.Value("openai-admin", rotation.Current), "adminKeyId")
	if got := fo.liveAdmins(); !slices.Equal(got, []string{"key_human", cur}) || cur == "key_admin0" {
		t.Errorf("live admin keys %v (current %s): the previous deleted, a person's key kept", got, cur)
	}
	// The service key's rotation reads the new admin key from its secret.
	if _, err := rotate(t, sm, s, "openai"); err != nil {
		t.Fatal(err)
	}
}

func TestOpenAIRefusedCreateChangesNothing(t *testing.T) {
	for _, tc := range []struct {
		name     string
		fail     *failure
		want     []string
		attempts int
	}{
		{"rate limited", &failure{status: 429, times: -1, body: map[string]any{"error": map[string]any{"message": "Rate limit reached for requests. Key used: sk-admin-abc***xyz.", "type": "requests", "param": nil, "code": "rate_limit_exceeded"}}},
			[]string{"openai: create service account in project proj_healthhub", "HTTP 429", "rate_limit_exceeded", "sk-[redacted]"}, 3},
		{"forbidden", &failure{status: 403, times: -1, body: map[string]any{"error": map[string]any{"message": "You have insufficient permissions for this operation. Missing scopes: api.management.write.", "type": "invalid_request_error", "param": nil, "code": nil}}},
			[]string{"openai", "HTTP 403", "invalid_request_error", "insufficient permissions"}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fo, sm, s := openAISetup(t)
			fo.createFail = tc.fail
			before := sm.Value("openai", rotation.Current)
			_, err := rotate(t, sm, s, "openai")
			wantErr(t, err, append([]string{"createSecret"}, tc.want...)...)
			noSecrets(t, err, field(t, before, "apiKey"), fo.admins[0].value)
			if sm.Value("openai", rotation.Current) != before || !fo.keyWorks(field(t, before, "apiKey")) {
				t.Error("AWSCURRENT changed or its key was revoked")
			}
			if fo.count("DELETE ") != 0 || fo.created != 0 {
				t.Errorf("deletes %d, created %d", fo.count("DELETE "), fo.created)
			}
			if n := fo.count("POST /v1/organization/projects/"); n != tc.attempts {
				t.Errorf("create sent %d times, want %d", n, tc.attempts)
			}
		})
	}
}

func TestOpenAIErrorsNeverCarryAKey(t *testing.T) {
	fo, sm, s := openAISetup(t)
	wrong, _ := update(fo.adminSecret(t), map[string]any{"adminKey": "sk-admin-wrong-" + randHex(10)})
	sm.Create("openai-admin", wrong)
	_, err := rotate(t, sm, s, "openai")
	// The fake echoes the whole key in its 401, as a worst case.
	wantErr(t, err, "openai", "HTTP 401", "invalid_api_key", "Incorrect API key provided: [redacted]")
	noSecrets(t, err, field(t, wrong, "adminKey"))
}

func TestOpenAIFailedTestLeavesAccountForTheNextAttempt(t *testing.T) {
	fo, sm, s := openAISetup(t)
	fo.refuseNew = true
	before := sm.Value("openai", rotation.Current)
	_, err := rotate(t, sm, s, "openai")
	wantErr(t, err, "testSecret", "openai: list models with the pending key", "HTTP 401", "invalid_api_key")
	if sm.Value("openai", rotation.Current) != before || !fo.keyWorks(field(t, before, "apiKey")) {
		t.Fatal("AWSCURRENT changed or its key stopped working")
	}
	leftover := field(t, sm.Value("openai", rotation.Pending), "serviceAccountId")
	if got := fo.liveAccounts(); !slices.Contains(got, leftover) || !slices.Contains(got, "svc_acct_ai0") {
		t.Fatalf("live accounts %v", got)
	}
	fo.refuseNew = false
	if _, err := rotate(t, sm, s, "openai"); err != nil {
		t.Fatal(err)
	}
	cur := field(t, sm.Value("openai", rotation.Current), "serviceAccountId")
	if got := fo.liveAccounts(); !slices.Equal(got, append(slices.Clone(others), cur)) || cur == leftover || fo.created != 2 {
		t.Errorf("live accounts %v (current %s, leftover %s), created %d", got, cur, leftover, fo.created)
	}
}

func TestOpenAIRetriedFinishIsIdempotent(t *testing.T) {
	fo, sm, s := openAISetup(t)
	fo.deleteFail = 3 // every attempt of the first finishSecret
	token, err := rotate(t, sm, s, "openai")
	wantErr(t, err, "finishSecret", "openai: delete previous service account svc_acct_ai0", "HTTP 503", "server_error")
	if !slices.Contains(fo.liveAccounts(), "svc_acct_ai0") {
		t.Fatal("previous account deleted although finish failed")
	}
	for i := 0; i < 2; i++ { // retried by Secrets Manager; the second finds it deleted (404)
		if err := handle(sm, s, "openai", token, rotation.StepFinish); err != nil {
			t.Fatalf("retried finish %d: %v", i, err)
		}
	}
	if slices.Contains(fo.liveAccounts(), "svc_acct_ai0") {
		t.Error("previous account not deleted by the retried finish")
	}
}

func TestOpenAILostDeleteAnswerIsSuccess(t *testing.T) {
	fo, sm, s := openAISetup(t)
	fo.deleteLost = 1 // deleted, but the answer is a 503: the retry gets 404
	if _, err := rotate(t, sm, s, "openai-admin"); err != nil {
		t.Fatal(err)
	}
	if slices.Contains(fo.liveAdmins(), "key_admin0") {
		t.Error("previous admin key not deleted")
	}
}

func TestOpenAISecretValidation(t *testing.T) {
	fo := newFakeOpenAI(t)
	svc, adm := fo.serviceSecret(t, "openai-admin"), fo.adminSecret(t)
	for _, tc := range []struct {
		base   string
		change map[string]any
		want   string
	}{
		{svc, map[string]any{"projectId": "proj/../x"}, "openai secret: field projectId"},
		{svc, map[string]any{"serviceAccountName": ""}, "openai secret: field serviceAccountName: is missing"},
		{svc, map[string]any{"adminSecretId": ""}, "openai secret: field adminSecretId: is missing"},
		{svc, map[string]any{"apiKey": ""}, "openai secret: field apiKey: is missing"},
		{adm, map[string]any{"keyName": "x"}, "openai-admin secret: field keyName"},
		{adm, map[string]any{"adminKey": ""}, "openai-admin secret: field adminKey: is missing"},
	} {
		v, _ := update(tc.base, tc.change)
		_, err1 := parseOpenAIService(v)
		_, err2 := parseOpenAIAdmin(v)
		err := err1
		if field(t, v, "vendor") == "openai-admin" {
			err = err2
		}
		wantErr(t, err, tc.want)
		noSecrets(t, err, fo.admins[0].value, fo.accounts[1].key)
	}
}

func TestOpenAIMissingAdminSecret(t *testing.T) {
	fo, sm, s := openAISetup(t)
	sm.Create("openai-2", fo.serviceSecret(t, "no-such-secret"))
	_, err := rotate(t, sm, s, "openai-2")
	wantErr(t, err, "createSecret", "openai: reading the admin key's secret no-such-secret")
}
