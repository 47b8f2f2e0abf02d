package railwaycert

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Endpoint is Railway's public GraphQL API. It is fixed here: only tests point a
// GraphQL client elsewhere, through GraphQLOptions, never through the environment (an
// override there would let whoever can change the function's configuration receive the
// project token and the private keys).
const Endpoint = "https://backboard.railway.com/graphql/v2"

// DefaultTimeout bounds one request to Railway.
const DefaultTimeout = 30 * time.Second

// The operations of Railway's public API the client sends (docs.railway.com, "Public
// API": Manage Projects, Manage Variables, Manage Deployments).
const (
	projectQuery = `query project($id: String!) {
  project(id: $id) {
    services {
      edges {
        node {
          id
          name
        }
      }
    }
  }
}`
	upsertMutation = `mutation variableCollectionUpsert($input: VariableCollectionUpsertInput!) {
  variableCollectionUpsert(input: $input)
}`
	redeployMutation = `mutation serviceInstanceRedeploy($environmentId: String!, $serviceId: String!) {
  serviceInstanceRedeploy(environmentId: $environmentId, serviceId: $serviceId)
}`
	variablesQuery = `query variables($projectId: String!, $environmentId: String!, $serviceId: String) {
  variables(projectId: $projectId, environmentId: $environmentId, serviceId: $serviceId)
}`
)

// Error is Railway's refusal of an operation: the HTTP status (200 for GraphQL errors)
// and Railway's messages, with every value sent, the token and anything shaped like a
// PEM block or key material removed.
type Error struct {
	Op       string
	Status   int
	Messages []string
}

func (e *Error) Error() string {
	s := "Railway " + e.Op
	if e.Status != http.StatusOK {
		s += fmt.Sprintf(": HTTP %d", e.Status)
	}
	if len(e.Messages) > 0 {
		s += ": " + strings.Join(e.Messages, "; ")
	}
	return s
}

// GraphQLOptions configures a GraphQL client; the zero value is Railway's API.
type GraphQLOptions struct {
	// Endpoint replaces Endpoint (tests' local servers): https, or http on a loopback
	// address.
	Endpoint string
	// HTTPClient is the client requests go through (copied; redirects are refused).
	HTTPClient *http.Client
	// Timeout bounds each request (DefaultTimeout when 0 and HTTPClient has none).
	Timeout time.Duration
}

// GraphQL is Railway's public GraphQL API, authenticated with a project token.
type GraphQL struct {
	endpoint string
	http     *http.Client
}

var _ Railway = (*GraphQL)(nil)

// NewGraphQL returns a client of Railway's API.
func NewGraphQL(o GraphQLOptions) (*GraphQL, error) {
	endpoint := o.Endpoint
	if endpoint == "" {
		endpoint = Endpoint
	}
	if err := checkEndpoint(endpoint); err != nil {
		return nil, err
	}
	c := &http.Client{}
	if o.HTTPClient != nil {
		*c = *o.HTTPClient
	}
	if o.Timeout > 0 {
		c.Timeout = o.Timeout
	} else if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	// A redirect would carry the token to another URL.
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &GraphQL{endpoint: endpoint, http: c}, nil
}

// checkEndpoint accepts https URLs, and http only on a loopback address: the token and
// the keys never travel in clear text.
func checkEndpoint(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.User != nil {
		return fmt.Errorf("Railway endpoint %q is not an absolute URL", raw)
	}
	switch u.Scheme {
	case "https":
		return nil
	case "http":
		if ip := net.ParseIP(u.Hostname()); (ip != nil && ip.IsLoopback()) || u.Hostname() == "localhost" {
			return nil
		}
	}
	return fmt.Errorf("Railway endpoint %q: want https (http only on a loopback address)", raw)
}

// UpsertVariables implements Railway: variableCollectionUpsert with skipDeploys.
func (g *GraphQL) UpsertVariables(ctx context.Context, token, projectID, environmentID, serviceID string, vars map[string]string) error {
	secrets := []string{token}
	for _, v := range vars {
		secrets = append(secrets, v)
	}
	var data struct {
		OK *bool `json:"variableCollectionUpsert"`
	}
	err := g.do(ctx, "variableCollectionUpsert", token, upsertMutation, map[string]any{
		"input": map[string]any{
			"projectId": projectID, "environmentId": environmentID, "serviceId": serviceID,
			"variables": vars, "skipDeploys": true,
		},
	}, &data, secrets)
	if err != nil {
		return err
	}
	if data.OK == nil || !*data.OK {
		return &Error{Op: "variableCollectionUpsert", Status: http.StatusOK, Messages: []string{"the mutation did not return true"}}
	}
	return nil
}

// Redeploy implements Railway: serviceInstanceRedeploy.
func (g *GraphQL) Redeploy(ctx context.Context, token, environmentID, serviceID string) error {
	var data struct {
		OK *bool `json:"serviceInstanceRedeploy"`
	}
	err := g.do(ctx, "serviceInstanceRedeploy", token, redeployMutation, map[string]any{
		"environmentId": environmentID, "serviceId": serviceID,
	}, &data, []string{token})
	if err != nil {
		return err
	}
	if data.OK == nil || !*data.OK {
		return &Error{Op: "serviceInstanceRedeploy", Status: http.StatusOK, Messages: []string{"the mutation did not return true"}}
	}
	return nil
}

// Variables implements Railway: the variables query (rendered values).
func (g *GraphQL) Variables(ctx context.Context, token, projectID, environmentID, serviceID string) (map[string]string, error) {
	var data struct {
		Variables map[string]string `json:"variables"`
	}
	err := g.do(ctx, "variables", token, variablesQuery, map[string]any{
		"projectId": projectID, "environmentId": environmentID, "serviceId": serviceID,
	}, &data, []string{token})
	if err != nil {
		return nil, err
	}
	if data.Variables == nil {
		return nil, &Error{Op: "variables", Status: http.StatusOK, Messages: []string{"no variables object in the answer"}}
	}
	return data.Variables, nil
}

// ServiceID implements Railway: the project query, the id of the project's one service
// named name.
func (g *GraphQL) ServiceID(ctx context.Context, token, projectID, name string) (string, error) {
	var data struct {
		Project *struct {
			Services *struct {
				Edges []struct {
					Node struct {
						ID   string `json:"id"`
						Name string `json:"name"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"services"`
		} `json:"project"`
	}
	err := g.do(ctx, "project", token, projectQuery, map[string]any{"id": projectID}, &data, []string{token})
	if err != nil {
		return "", err
	}
	if data.Project == nil || data.Project.Services == nil {
		return "", &Error{Op: "project", Status: http.StatusOK, Messages: []string{"no project services in the answer"}}
	}
	var ids []string
	for _, e := range data.Project.Services.Edges {
		if e.Node.Name == name && !slices.Contains(ids, e.Node.ID) {
			ids = append(ids, e.Node.ID)
		}
	}
	switch {
	case len(ids) == 0:
		return "", fmt.Errorf("no service named %s in Railway project %s", name, projectID)
	case len(ids) > 1:
		for i, id := range ids {
			if ValidateID(id) != nil {
				ids[i] = "(not a UUID)"
			}
		}
		slices.Sort(ids)
		return "", fmt.Errorf("the service name %s is ambiguous in Railway project %s: %d services have it (%s); rename all but one, or name the id in the function's configuration", name, projectID, len(ids), strings.Join(ids, ", "))
	}
	if ValidateID(ids[0]) != nil {
		// Not echoed: a UUID is what the documentation promises, anything else is not
		// shown.
		return "", &Error{Op: "project", Status: http.StatusOK, Messages: []string{"the id of service " + name + " is not a UUID"}}
	}
	return ids[0], nil
}

const maxAnswer = 1 << 20

// do posts one GraphQL operation and decodes its data into out. secrets are removed from
// Railway's messages.
func (g *GraphQL) do(ctx context.Context, op, token, query string, variables map[string]any, out any, secrets []string) error {
	body, err := json.Marshal(map[string]any{"query": query, "variables": variables})
	if err != nil {
		return fmt.Errorf("Railway %s: encoding the request: %w", op, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.endpoint, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("Railway %s: building the request: %w", op, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Project-Access-Token", token)
	resp, err := g.http.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is the endpoint; keep the cause
		}
		return fmt.Errorf("Railway %s: %w", op, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
	if err != nil {
		return fmt.Errorf("Railway %s: reading the answer: %w", op, err)
	}
	var answer struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	jsonErr := json.Unmarshal(raw, &answer)
	var messages []string
	for i, e := range answer.Errors {
		if i == 3 {
			messages = append(messages, fmt.Sprintf("and %d more", len(answer.Errors)-i))
			break
		}
		messages = append(messages, redact(e.Message, secrets))
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		if len(messages) == 0 {
			messages = []string{http.StatusText(resp.StatusCode)}
		}
		return &Error{Op: op, Status: resp.StatusCode, Messages: messages}
	}
	if jsonErr != nil {
		return &Error{Op: op, Status: resp.StatusCode, Messages: []string{"the answer is not GraphQL JSON (" + jsonProblem(jsonErr) + ")"}}
	}
	if len(messages) > 0 {
		return &Error{Op: op, Status: resp.StatusCode, Messages: messages}
	}
	if len(answer.Data) == 0 || string(answer.Data) == "null" {
		return &Error{Op: op, Status: resp.StatusCode, Messages: []string{"no data in the answer"}}
	}
	if err := json.Unmarshal(answer.Data, out); err != nil {
		return &Error{Op: op, Status: resp.StatusCode, Messages: []string{"the data is not the documented shape (" + jsonProblem(err) + ")"}}
	}
	return nil
}

var (
	pemShape  = regexp.MustCompile(`-----BEGIN [A-Z0-9 ]+-----(?s:.*?)(-----END [A-Z0-9 ]+-----|$)`)
	blobShape = regexp.MustCompile(`[A-Za-z0-9+/=_-]{40,}`)
)

const maxMessage = 300

// redact removes the values sent, PEM blocks and long base64-like runs from a message
// of Railway's, and bounds its length.
func redact(s string, secrets []string) string {
	for _, v := range secrets {
		if len(v) >= 4 {
			s = strings.ReplaceAll(s, v, "[redacted]")
		}
		for _, line := range strings.Split(v, "\n") {
			if len(line) >= 16 {
				s = strings.ReplaceAll(s, line, "[redacted]")
			}
		}
	}
	s = pemShape.ReplaceAllString(s, "[redacted PEM]")
	s = blobShape.ReplaceAllString(s, "[redacted]")
	if len(s) > maxMessage {
		s = s[:maxMessage] + "..."
	}
	return s
}
