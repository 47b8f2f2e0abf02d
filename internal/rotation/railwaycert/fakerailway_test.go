package railwaycert_test

import (
	"encoding/json"
	"maps"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// Railway's public GraphQL API (docs.railway.com, "Public API"), just enough of it for
// the strategy: POST /graphql/v2 with a JSON body {"query","variables"}, authenticated by
// a project token in Project-Access-Token (scoped to one project environment); the
// mutations variableCollectionUpsert(input: VariableCollectionUpsertInput!) and
// serviceInstanceRedeploy(environmentId: String!, serviceId: String!), both Boolean, the
// query variables(projectId: String!, environmentId: String!, serviceId: String), a JSON
// object of the service's rendered variables, and the query project(id: String!) with
// the selection { services { edges { node { id name } } } }, the project's services.
// Failures are GraphQL errors with HTTP 200, as Railway answers them. A request outside
// this contract fails the test.

const (
	railwayToken  = "5b3c9e2a-0d1f-4e6a-9b8c-7d6e5f4a3b2c"
	projectID     = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
	environmentID = "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"
	recordsID     = "c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f"
	providerID    = "d4e5f6a7-b8c9-4d0e-9f2a-3b4c5d6e7f80"
	// portalID is a service of the project no secret names.
	portalID = "f6a7b8c9-d0e1-4f2a-8b4c-5d6e7f809102"
)

// operations: root field -> whether it is a query, its declared variables, its call and
// its selection, as the documentation writes them (whitespace collapsed).
var railwayOperations = map[string]struct {
	query                 bool
	decl, call, selection string
}{
	"variableCollectionUpsert": {false, "($input: VariableCollectionUpsertInput!)", "variableCollectionUpsert(input: $input)", ""},
	"serviceInstanceRedeploy":  {false, "($environmentId: String!, $serviceId: String!)", "serviceInstanceRedeploy(environmentId: $environmentId, serviceId: $serviceId)", ""},
	"variables":                {true, "($projectId: String!, $environmentId: String!, $serviceId: String)", "variables(projectId: $projectId, environmentId: $environmentId, serviceId: $serviceId)", ""},
	"project":                  {true, "($id: String!)", "project(id: $id)", " { services { edges { node { id name } } } }"},
}

var (
	operationShape = regexp.MustCompile(`^(query|mutation) (\w+)(\([^)]*\)) \{ (\w+)(\([^)]*\))( \{ .* \})? \}$`)
	spaces         = regexp.MustCompile(`\s+`)
)

// replaced is a certificate variable's value that an upsert replaced, and when.
type replaced struct {
	value string
	at    time.Time
}

type fakeRailway struct {
	*httptest.Server

	mu       sync.Mutex
	services map[string]string            // service id -> name, the project's services
	vars     map[string]map[string]string // service id -> variables
	// upserts and redeploys count the mutations applied, per service id; lookups the
	// project queries answered.
	upserts, redeploys map[string]int
	lookups            int
	// written is every variable value ever sent; replacedCerts the certificate values
	// upserts replaced.
	written       []string
	replacedCerts []replaced
	// dropUpserts answers upserts with true without applying them; fail maps an
	// operation to the GraphQL error message it answers; status answers every request
	// with that HTTP status.
	dropUpserts bool
	fail        map[string]string
	status      int
	unexpected  []string
}

func newFakeRailway(t *testing.T) *fakeRailway {
	t.Helper()
	f := &fakeRailway{
		services: map[string]string{recordsID: "records", providerID: "provider", portalID: "patient-portal"},
		vars: map[string]map[string]string{
			recordsID:  {"DATABASE_URL": "postgres://records", "AWS_REGION": "us-east-1"},
			providerID: {"AWS_REGION": "us-east-1"},
			portalID:   {},
		},
		upserts: map[string]int{}, redeploys: map[string]int{}, fail: map[string]string{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /graphql/v2", f.serve)
	f.Server = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if _, pattern := mux.Handler(r); pattern == "" {
			f.mu.Lock()
			f.unexpected = append(f.unexpected, r.Method+" "+r.URL.Path)
			f.mu.Unlock()
		}
		mux.ServeHTTP(rw, r)
	}))
	t.Cleanup(func() {
		f.Close()
		f.mu.Lock()
		defer f.mu.Unlock()
		if len(f.unexpected) > 0 {
			t.Errorf("Railway server: unexpected requests: %s", strings.Join(f.unexpected, "; "))
		}
	})
	return f
}

// addService registers a service of the project; registering a name twice makes it
// ambiguous.
func (f *fakeRailway) addService(name, id string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.services[id] = name
	f.vars[id] = map[string]string{}
}

// removeService deletes a service of the project.
func (f *fakeRailway) removeService(id string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.services, id)
	delete(f.vars, id)
}

func (f *fakeRailway) set(fn func(*fakeRailway)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fn(f)
}

// variables returns a copy of the service's variables.
func (f *fakeRailway) variables(serviceID string) map[string]string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return maps.Clone(f.vars[serviceID])
}

func (f *fakeRailway) counts(serviceID string) (upserts, redeploys int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.upserts[serviceID], f.redeploys[serviceID]
}

func gqlErrors(rw http.ResponseWriter, status int, messages ...string) {
	var errs []map[string]any
	for _, m := range messages {
		errs = append(errs, map[string]any{"message": m, "locations": []map[string]int{{"line": 2, "column": 3}}})
	}
	rw.Header().Set("Content-Type", "application/json")
	rw.WriteHeader(status)
	_ = json.NewEncoder(rw).Encode(map[string]any{"data": nil, "errors": errs})
}

func gqlData(rw http.ResponseWriter, field string, v any) {
	rw.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(rw).Encode(map[string]any{"data": map[string]any{field: v}})
}

func (f *fakeRailway) serve(rw http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if ct := r.Header.Get("Content-Type"); ct != "application/json" {
		f.unexpected = append(f.unexpected, "Content-Type "+ct)
		gqlErrors(rw, http.StatusBadRequest, "Unsupported content type")
		return
	}
	if r.Header.Get("Authorization") != "" {
		f.unexpected = append(f.unexpected, "an Authorization header (a project token goes in Project-Access-Token)")
	}
	var body struct {
		Query     string         `json:"query"`
		Variables map[string]any `json:"variables"`
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&body); err != nil {
		f.unexpected = append(f.unexpected, "body: "+err.Error())
		gqlErrors(rw, http.StatusBadRequest, "Invalid JSON body")
		return
	}
	m := operationShape.FindStringSubmatch(strings.TrimSpace(spaces.ReplaceAllString(body.Query, " ")))
	if m == nil {
		f.unexpected = append(f.unexpected, "query "+body.Query)
		gqlErrors(rw, http.StatusBadRequest, "Syntax Error")
		return
	}
	field := m[4]
	spec, ok := railwayOperations[field]
	if !ok || m[3] != spec.decl || field+m[5] != spec.call || m[6] != spec.selection || (m[1] == "query") != spec.query {
		f.unexpected = append(f.unexpected, "operation "+m[0])
		gqlErrors(rw, http.StatusOK, "Cannot query field")
		return
	}
	if f.status != 0 {
		gqlErrors(rw, f.status, "Service Unavailable")
		return
	}
	if r.Header.Get("Project-Access-Token") != railwayToken {
		gqlErrors(rw, http.StatusOK, "Not Authorized")
		return
	}
	if msg, ok := f.fail[field]; ok {
		gqlErrors(rw, http.StatusOK, msg)
		return
	}
	str := func(m map[string]any, k string) string { s, _ := m[k].(string); return s }
	if field == "project" {
		// The token is a project token: its own project only.
		if str(body.Variables, "id") != projectID {
			gqlErrors(rw, http.StatusOK, "Not Authorized")
			return
		}
		f.lookups++
		edges := []map[string]any{}
		for _, id := range slices.Sorted(maps.Keys(f.services)) {
			edges = append(edges, map[string]any{"node": map[string]any{"id": id, "name": f.services[id]}})
		}
		gqlData(rw, field, map[string]any{"services": map[string]any{"edges": edges}})
		return
	}
	args := body.Variables
	if field == "variableCollectionUpsert" {
		args, _ = body.Variables["input"].(map[string]any)
	}
	// The token is a project token of one environment.
	if (field != "serviceInstanceRedeploy" && str(args, "projectId") != projectID) || str(args, "environmentId") != environmentID {
		gqlErrors(rw, http.StatusOK, "Not Authorized")
		return
	}
	serviceID := str(args, "serviceId")
	if _, ok := f.services[serviceID]; !ok {
		gqlErrors(rw, http.StatusOK, "Service not found")
		return
	}
	switch field {
	case "variableCollectionUpsert":
		if skip, _ := args["skipDeploys"].(bool); !skip {
			f.unexpected = append(f.unexpected, "an upsert without skipDeploys: true")
		}
		raw, _ := args["variables"].(map[string]any)
		vars := map[string]string{}
		for k, v := range raw {
			s, ok := v.(string)
			if !ok {
				gqlErrors(rw, http.StatusOK, "Variable values must be strings")
				return
			}
			vars[k] = s
			f.written = append(f.written, s)
		}
		if len(vars) == 0 {
			f.unexpected = append(f.unexpected, "an upsert of no variables")
		}
		if !f.dropUpserts {
			if old, ok := f.vars[serviceID]["AWS_ROLES_ANYWHERE_CERTIFICATE"]; ok {
				f.replacedCerts = append(f.replacedCerts, replaced{old, time.Now()})
			}
			maps.Copy(f.vars[serviceID], vars)
			f.upserts[serviceID]++
		}
		gqlData(rw, field, true)
	case "serviceInstanceRedeploy":
		f.redeploys[serviceID]++
		gqlData(rw, field, true)
	case "variables":
		out := maps.Clone(f.vars[serviceID])
		// Railway adds its own variables to the rendered ones.
		out["RAILWAY_SERVICE_ID"] = serviceID
		out["RAILWAY_ENVIRONMENT_ID"] = environmentID
		gqlData(rw, field, out)
	}
}
