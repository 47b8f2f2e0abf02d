package vendor

import (
	"context"
	"slices"
	"testing"

	"github.com/healthhub/platform-infra/internal/rotation"
)

func azureSetup(t *testing.T) (*fakeAzure, *rotation.Fake, *Strategy) {
	fa := newFakeAzure(t)
	ts := serve(t, fa.handler())
	sm := rotation.NewFake()
	sm.Create("azure", fa.secret(t))
	return fa, sm, newTestStrategy(t, testOptions(sm, fa.endpoints(ts.URL)))
}

func TestAzureRotation(t *testing.T) {
	fa, sm, s := azureSetup(t)
	old := fa.key("Key1")
	if _, err := rotate(t, sm, s, "azure"); err != nil {
		t.Fatal(err)
	}
	cur := sm.Value("azure", rotation.Current)
	if field(t, cur, "keyName") != "Key2" || field(t, cur, "key") != fa.key("Key2") || !fa.valid(field(t, cur, "key")) {
		t.Fatalf("AWSCURRENT holds %s, not the account's new Key2", field(t, cur, "keyName"))
	}
	if field(t, sm.Value("azure", rotation.Previous), "key") != old {
		t.Error("AWSPREVIOUS is not the old key")
	}
	if fa.valid(old) {
		t.Error("the old Key1 still works after finishSecret")
	}
	if got := fa.regenerations(); !slices.Equal(got, []string{"Key2", "Key1"}) {
		t.Errorf("regenerated %v, want Key2 (create) then Key1 (finish)", got)
	}
	if field(t, cur, "endpoint") == "" {
		t.Error("a field the rotation does not own was dropped")
	}
	if fa.count("POST /speech/eastus/sts/v1.0/issueToken") != 1 || fa.count("POST /subscriptions/") != 3 {
		t.Errorf("requests: %v", fa.lines)
	}

	// The next rotation goes back to Key1, and retires Key2.
	if _, err := rotate(t, sm, s, "azure"); err != nil {
		t.Fatal(err)
	}
	if got := field(t, sm.Value("azure", rotation.Current), "keyName"); got != "Key1" {
		t.Errorf("second rotation: current slot %s", got)
	}
}

func TestAzureRefusedCreateChangesNothing(t *testing.T) {
	for _, tc := range []struct {
		name     string
		fail     *failure
		want     []string
		attempts int
	}{
		{"forbidden", &failure{status: 403, times: -1, body: map[string]any{"error": map[string]string{"code": "AuthorizationFailed", "message": "The client 'x' does not have authorization to perform action 'Microsoft.CognitiveServices/accounts/regenerateKey/action'."}}},
			[]string{"azure-speech", "regenerateKey Key2", "HTTP 403", "AuthorizationFailed", "does not have authorization"}, 1},
		{"throttled", &failure{status: 429, times: -1, retryAfter: "1", body: map[string]any{"error": map[string]string{"code": "TooManyRequests", "message": "Too many requests, retry later."}}},
			[]string{"azure-speech", "HTTP 429", "TooManyRequests"}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fa, sm, s := azureSetup(t)
			fa.regenerateFail["Key2"] = tc.fail
			before := sm.Value("azure", rotation.Current)
			_, err := rotate(t, sm, s, "azure")
			wantErr(t, err, append([]string{"createSecret"}, tc.want...)...)
			noSecrets(t, err, fa.clientSecret, fa.key("Key1"), fa.key("Key2"))
			if sm.Value("azure", rotation.Current) != before || !fa.valid(field(t, before, "key")) {
				t.Error("AWSCURRENT changed or its key was revoked")
			}
			if len(fa.regenerations()) != 0 {
				t.Errorf("regenerated %v", fa.regenerations())
			}
			if n := fa.count("POST /subscriptions/"); n != tc.attempts {
				t.Errorf("regenerateKey sent %d times, want %d", n, tc.attempts)
			}
		})
	}
}

func TestAzureThrottledOnceThenRotates(t *testing.T) {
	fa, sm, s := azureSetup(t)
	fa.regenerateFail["Key2"] = &failure{status: 429, times: 1, body: map[string]any{"error": map[string]string{"code": "TooManyRequests", "message": "slow down"}}}
	if _, err := rotate(t, sm, s, "azure"); err != nil {
		t.Fatal(err)
	}
}

func TestAzureFailedTestLeavesCurrent(t *testing.T) {
	fa, sm, s := azureSetup(t)
	fa.refuseSlot["Key2"] = true
	before := sm.Value("azure", rotation.Current)
	_, err := rotate(t, sm, s, "azure")
	wantErr(t, err, "testSecret", "azure-speech", "issueToken with the pending Key2", "HTTP 401", "Access denied")
	noSecrets(t, err, fa.key("Key1"), fa.key("Key2"), fa.clientSecret)
	if sm.Value("azure", rotation.Current) != before || !fa.valid(field(t, before, "key")) {
		t.Fatal("AWSCURRENT changed or its key stopped working")
	}
	if got := fa.regenerations(); !slices.Equal(got, []string{"Key2"}) {
		t.Errorf("regenerated %v: only the unused slot may be", got)
	}
	// Nothing to clean: Key2 is in use by nobody. The next attempt regenerates it again.
	fa.refuseSlot["Key2"] = false
	if _, err := rotate(t, sm, s, "azure"); err != nil {
		t.Fatal(err)
	}
	if got := fa.regenerations(); !slices.Equal(got, []string{"Key2", "Key2", "Key1"}) {
		t.Errorf("regenerated %v", got)
	}
}

func TestAzureRetriedFinishIsIdempotent(t *testing.T) {
	fa, sm, s := azureSetup(t)
	old := fa.key("Key1")
	fa.regenerateFail["Key1"] = &failure{status: 503, times: 3, body: map[string]any{"error": map[string]string{"code": "ServiceUnavailable", "message": "try again"}}}
	token, err := rotate(t, sm, s, "azure")
	wantErr(t, err, "finishSecret", "regenerateKey Key1", "HTTP 503")
	if !fa.valid(old) {
		t.Fatal("old key revoked although finish failed")
	}
	cur := field(t, sm.Value("azure", rotation.Current), "key")
	for i := 0; i < 2; i++ { // Secrets Manager retries finishSecret; then once more
		if err := handle(sm, s, "azure", token, rotation.StepFinish); err != nil {
			t.Fatalf("retried finish %d: %v", i, err)
		}
	}
	if fa.valid(old) {
		t.Error("old key still works after the retried finish")
	}
	if !fa.valid(cur) || fa.key("Key2") != cur {
		t.Error("the retried finish touched the current key")
	}
}

func TestAzureFinishNeverRegeneratesTheCurrentSlot(t *testing.T) {
	fa, sm, s := azureSetup(t)
	cur := sm.Value("azure", rotation.Current)
	if err := s.Finish(context.Background(), cur, cur); err != nil {
		t.Fatal(err)
	}
	if len(fa.regenerations()) != 0 || !fa.valid(field(t, cur, "key")) {
		t.Fatal("Finish with previous and current in one slot regenerated it")
	}
	other, _ := update(cur, map[string]any{"account": "another-account", "keyName": "Key2"})
	wantErr(t, s.Finish(context.Background(), other, cur), "AWSPREVIOUS names account", "by hand")
}

func TestAzureSetChecksTheAccountHoldsThePendingKey(t *testing.T) {
	_, sm, s := azureSetup(t)
	cur := sm.Value("azure", rotation.Current)
	pending, _ := update(cur, map[string]any{"keyName": "Key2", "key": "not-the-account-key"})
	err := s.Set(context.Background(), cur, pending)
	wantErr(t, err, "Key2 is not the pending key")
	noSecrets(t, err, "not-the-account-key")
}

func TestAzureSecretValidation(t *testing.T) {
	fa := newFakeAzure(t)
	base := fa.secret(t)
	for _, tc := range []struct {
		change map[string]any
		want   string
	}{
		{map[string]any{"region": "East US"}, "field region: \"East US\" is not an Azure region"},
		{map[string]any{"keyName": "Key3"}, "field keyName: \"Key3\" is not Key1 or Key2"},
		{map[string]any{"clientSecret": ""}, "field clientSecret: is missing"},
		{map[string]any{"subscriptionId": "../x"}, "field subscriptionId"},
		{map[string]any{"account": "a/b"}, "field account"},
		{map[string]any{"key": ""}, "field key: is missing"},
		{map[string]any{"vendor": "openai"}, "field vendor: is \"openai\", want \"azure-speech\""},
	} {
		v, _ := update(base, tc.change)
		_, err := parseAzure(v)
		wantErr(t, err, "azure-speech secret", tc.want)
		noSecrets(t, err, fa.clientSecret, fa.key("Key1"))
	}
}
