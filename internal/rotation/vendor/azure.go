package vendor

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/healthhub/platform-infra/internal/rotation"
)

// Azure rotates the key of the Azure AI Services (Cognitive Services) account the AI
// service transcribes with (Speech), through the account's two key slots.
//
// Documented API this adapter follows:
//   - Accounts - Regenerate Key: POST https://management.azure.com/subscriptions/
//     {subscriptionId}/resourceGroups/{resourceGroupName}/providers/
//     Microsoft.CognitiveServices/accounts/{accountName}/regenerateKey?api-version=2024-10-01,
//     body {"keyName":"Key1"|"Key2"}, 200 ApiKeys {"key1","key2"}, any other status an
//     ErrorResponse {"error":{"code","message"}}.
//     https://learn.microsoft.com/en-us/rest/api/aiservices/accountmanagement/accounts/regenerate-key?view=rest-aiservices-accountmanagement-2024-10-01
//   - Accounts - List Keys: POST .../accounts/{accountName}/listKeys?api-version=2024-10-01,
//     200 ApiKeys. https://learn.microsoft.com/en-us/rest/api/aiservices/accountmanagement/accounts/list-keys
//   - Microsoft identity platform, OAuth 2.0 client credentials flow: POST
//     https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token with the form
//     client_id, scope=https://management.azure.com/.default, client_secret,
//     grant_type=client_credentials; 200 {"token_type":"Bearer","expires_in","access_token"},
//     errors {"error","error_description","error_codes"}.
//     https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow
//   - Rotate keys in Azure AI services: two keys so one can be regenerated while the
//     other is in use; a regenerated key's old value stops working at once (401).
//     https://learn.microsoft.com/en-us/azure/ai-services/rotate-keys
//   - Speech service authentication: POST https://{region}.api.cognitive.microsoft.com/
//     sts/v1.0/issueToken with Ocp-Apim-Subscription-Key and an empty body returns an
//     access token valid 10 minutes (no audio, no charge): the test step's call.
//     https://learn.microsoft.com/en-us/azure/ai-services/speech-service/rest-speech-to-text-short#authentication
//
// Create regenerates the slot the secret does not name (the current key keeps working)
// and stores it, with that slot's name, as pending; Set checks with listKeys that the
// account holds the pending key in that slot; Test asks the Speech token endpoint for a
// token with the pending key; Finish regenerates the previous slot, so the key that was
// current until now stops working (the rotation is what retires it, not the next one).
type Azure struct{ *common }

const azureAPIVersion = "2024-10-01"

type azureSecret struct {
	Vendor         string `json:"vendor"`
	Region         string `json:"region"`
	SubscriptionID string `json:"subscriptionId"`
	ResourceGroup  string `json:"resourceGroup"`
	Account        string `json:"account"`
	TenantID       string `json:"tenantId"`
	ClientID       string `json:"clientId"`
	ClientSecret   string `json:"clientSecret"`
	KeyName        string `json:"keyName"`
	Key            string `json:"key"`
}

var (
	azureRegion  = regexp.MustCompile(`^[a-z0-9]{2,40}$`)
	azureGUID    = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	azureTenant  = regexp.MustCompile(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)+)$`)
	azureGroup   = regexp.MustCompile(`^[-\w.()]{1,90}$`)
	azureAccount = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9_.-]{1,63}$`)
	azureSlot    = regexp.MustCompile(`^Key[12]$`)
)

func parseAzure(value string) (azureSecret, error) {
	var s azureSecret
	if err := decode(AzureSpeech, value, &s); err != nil {
		return s, err
	}
	c := checks{vendor: AzureSpeech}
	c.match("region", s.Region, azureRegion, "an Azure region name such as eastus")
	c.match("subscriptionId", s.SubscriptionID, azureGUID, "a subscription id (a GUID)")
	c.match("resourceGroup", s.ResourceGroup, azureGroup, "a resource group name")
	c.match("account", s.Account, azureAccount, "a Cognitive Services account name")
	c.match("tenantId", s.TenantID, azureTenant, "a Microsoft Entra tenant id (a GUID or a domain)")
	c.match("clientId", s.ClientID, azureGUID, "an application (client) id (a GUID)")
	c.required("clientSecret", s.ClientSecret)
	c.match("keyName", s.KeyName, azureSlot, "Key1 or Key2")
	c.required("key", s.Key)
	return s, c.err
}

func otherSlot(name string) string {
	if name == "Key1" {
		return "Key2"
	}
	return "Key1"
}

func (s azureSecret) sameAccount(o azureSecret) bool {
	return s.SubscriptionID == o.SubscriptionID && strings.EqualFold(s.ResourceGroup, o.ResourceGroup) && s.Account == o.Account
}

type azureKeys struct {
	Key1 string `json:"key1"`
	Key2 string `json:"key2"`
}

func (k azureKeys) slot(name string) string {
	if name == "Key1" {
		return k.Key1
	}
	return k.Key2
}

// token gets a Resource Manager access token for the rotation's Entra application.
func (a *Azure) token(ctx context.Context, s azureSecret) (string, error) {
	form := url.Values{
		"client_id":     {s.ClientID},
		"scope":         {"https://management.azure.com/.default"},
		"client_secret": {s.ClientSecret},
		"grant_type":    {"client_credentials"},
	}
	var out struct {
		AccessToken string `json:"access_token"`
		TokenType   string `json:"token_type"`
	}
	_, err := a.client.do(ctx, request{
		vendor: AzureSpeech, op: "Microsoft Entra ID token (client credentials)",
		method: http.MethodPost, url: a.ep.AzureLogin + "/" + url.PathEscape(s.TenantID) + "/oauth2/v2.0/token",
		header:     http.Header{"Content-Type": {"application/x-www-form-urlencoded"}, "Accept": {"application/json"}},
		body:       []byte(form.Encode()),
		idempotent: true, secrets: []string{s.ClientSecret, s.Key},
	}, &out)
	if err != nil {
		return "", err
	}
	if out.AccessToken == "" || !strings.EqualFold(out.TokenType, "Bearer") {
		return "", fmt.Errorf("%s: Microsoft Entra ID token: the answer has no bearer access_token", AzureSpeech)
	}
	return out.AccessToken, nil
}

func (a *Azure) accountURL(s azureSecret, action string) string {
	return fmt.Sprintf("%s/subscriptions/%s/resourceGroups/%s/providers/Microsoft.CognitiveServices/accounts/%s/%s?api-version=%s",
		a.ep.AzureManagement, url.PathEscape(s.SubscriptionID), url.PathEscape(s.ResourceGroup), url.PathEscape(s.Account), action, azureAPIVersion)
}

// regenerate regenerates one slot. Retrying it is safe: the slot regenerated is never
// the one in use, and the answer carries the slot's latest value.
func (a *Azure) regenerate(ctx context.Context, s azureSecret, token, slot string, secrets ...string) (azureKeys, error) {
	var keys azureKeys
	_, err := a.client.do(ctx, request{
		vendor: AzureSpeech, op: "regenerateKey " + slot + " of account " + s.Account,
		method: http.MethodPost, url: a.accountURL(s, "regenerateKey"),
		header: withJSON(bearer(token)), body: jsonBody(map[string]string{"keyName": slot}),
		idempotent: true, secrets: append([]string{token, s.ClientSecret, s.Key}, secrets...),
	}, &keys)
	return keys, err
}

// Create implements rotation.Strategy.
func (a *Azure) Create(ctx context.Context, _ rotation.SecretsManager, current string) (string, error) {
	s, err := parseAzure(current)
	if err != nil {
		return "", err
	}
	token, err := a.token(ctx, s)
	if err != nil {
		return "", err
	}
	slot := otherSlot(s.KeyName)
	keys, err := a.regenerate(ctx, s, token, slot)
	if err != nil {
		return "", err
	}
	key := keys.slot(slot)
	if key == "" || key == s.Key {
		return "", fmt.Errorf("%s: regenerateKey %s of account %s: the answer has no new %s", AzureSpeech, slot, s.Account, strings.ToLower(slot))
	}
	return update(current, map[string]any{"keyName": slot, "key": key})
}

// Set implements rotation.Strategy: the account holds the pending key in its slot.
func (a *Azure) Set(ctx context.Context, current, pending string) error {
	c, err := parseAzure(current)
	if err != nil {
		return err
	}
	p, err := parseAzure(pending)
	if err != nil {
		return err
	}
	if !c.sameAccount(p) || p.KeyName == c.KeyName {
		return fmt.Errorf("%s: the pending secret must name the current account and the other key slot", AzureSpeech)
	}
	token, err := a.token(ctx, c)
	if err != nil {
		return err
	}
	var keys azureKeys
	if _, err := a.client.do(ctx, request{
		vendor: AzureSpeech, op: "listKeys of account " + c.Account,
		method: http.MethodPost, url: a.accountURL(c, "listKeys"), header: bearer(token),
		idempotent: true, secrets: []string{token, c.ClientSecret, c.Key, p.Key},
	}, &keys); err != nil {
		return err
	}
	if keys.slot(p.KeyName) != p.Key {
		return fmt.Errorf("%s: account %s's %s is not the pending key (regenerated outside this rotation?); the next rotation makes a new one", AzureSpeech, c.Account, p.KeyName)
	}
	return nil
}

// Test implements rotation.Strategy: the Speech service issues a token for the pending
// key.
func (a *Azure) Test(ctx context.Context, pending string) error {
	p, err := parseAzure(pending)
	if err != nil {
		return err
	}
	u := strings.ReplaceAll(a.ep.AzureSpeech, "{region}", p.Region) + "/sts/v1.0/issueToken"
	return a.untilAccepted(ctx, func() error {
		_, err := a.client.do(ctx, request{
			vendor: AzureSpeech, op: "issueToken with the pending " + p.KeyName + " in " + p.Region,
			method: http.MethodPost, url: u,
			header:     http.Header{"Ocp-Apim-Subscription-Key": {p.Key}},
			idempotent: true, secrets: []string{p.Key, p.ClientSecret},
		}, nil)
		return err
	})
}

// Finish implements rotation.Strategy: the previous slot is regenerated, so the key the
// AI service used until now stops working. The current slot is never touched.
func (a *Azure) Finish(ctx context.Context, previous, current string) error {
	c, err := parseAzure(current)
	if err != nil {
		return err
	}
	p, err := parseAzure(previous)
	if err != nil {
		return fmt.Errorf("AWSPREVIOUS: %w", err)
	}
	if !c.sameAccount(p) {
		return fmt.Errorf("%s: AWSPREVIOUS names account %s/%s and AWSCURRENT %s/%s: retire the previous account's key by hand", AzureSpeech, p.ResourceGroup, p.Account, c.ResourceGroup, c.Account)
	}
	if p.KeyName == c.KeyName {
		// The slot's old value was already replaced by the current one: nothing else
		// to retire, and regenerating would revoke the current key.
		return nil
	}
	token, err := a.token(ctx, c)
	if err != nil {
		return err
	}
	_, err = a.regenerate(ctx, c, token, p.KeyName, p.Key)
	return err
}

var _ rotation.Strategy = (*Azure)(nil)
