package config

import (
	"fmt"
	"net/netip"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Runtimes of a service (services.<name>.runtime).
const (
	// RuntimeLambda runs the service as an AWS Lambda function (the default).
	RuntimeLambda = "lambda"
	// RuntimeRailway runs the service's container image on Railway.
	RuntimeRailway = "railway"
)

// Runtimes are the valid values of services.<name>.runtime.
var Runtimes = []string{RuntimeLambda, RuntimeRailway}

// RailwayRegions are Railway's deployment regions (docs.railway.com, "Regions"): the
// region ids its API and the Terraform provider take.
var RailwayRegions = map[string]string{
	"us-west2":               "US West (California)",
	"us-east4-eqdc4a":        "US East (Virginia)",
	"europe-west4-drams3a":   "EU West (Amsterdam)",
	"asia-southeast1-eqsg3a": "Southeast Asia (Singapore)",
}

// RailwayServices are the services that may run on Railway: phase 1's and phase 2's.
// Phase 2's reach AWS (the documents bucket, their database secrets) with an IAM Roles
// Anywhere identity (constructs/workload). Phases 3 and 4 attach their routes to phase
// 1's HTTP API behind the auth function's authorizer and stay on Lambda (README,
// "Deploying services to Railway").
var RailwayServices = append(slices.Clone(StackServices[StackPhase1]), StackServices[StackPhase2]...)

// RailwayAWSServices are the Railway-capable services that need AWS beyond their database
// connection (phase 2's: the documents bucket): on Railway each gets an IAM role trusted
// through IAM Roles Anywhere and a short-lived client certificate that a rotation
// function renews.
var RailwayAWSServices = StackServices[StackPhase2]

// PublicAPIService is the service that serves the public API; the others are reached
// through it.
const PublicAPIService = "gateway"

// MaxRailwayReplicas bounds services.<name>.railway.replicas against typos.
const MaxRailwayReplicas = 50

// Railway configures the environment's Railway project, used when a service's runtime is
// railway. Its token is never here: the provider reads RAILWAY_TOKEN at plan and apply
// time.
type Railway struct {
	// ProjectName names the environment's Railway project (its one environment is named
	// after the platform environment): 3 to 64 letters, digits, spaces, "-" and "_".
	ProjectName string `json:"projectName"`
	// Region is the default region of the environment's services: one of RailwayRegions.
	Region string `json:"region"`
	// Team is the Railway workspace (team) that owns the project, a UUID: the
	// organization's, never a personal one.
	Team string `json:"team"`
	// EgressIPs are the static outbound IPv4 addresses of the workspace's plan: the only
	// addresses the Neon allow-list admits for Railway. At least one; public addresses.
	EgressIPs []string `json:"egressIps,omitempty"`
	// BAAInPlace says a business associate agreement with Railway is signed. Required
	// (true) in an environment classified phi.
	BAAInPlace bool `json:"baaInPlace"`
}

// RailwayService is how a service runs on Railway.
type RailwayService struct {
	// Image is the container image, pinned by digest: never a tag, which can be moved.
	Image RailwayImage `json:"image"`
	// Replicas is the number of replicas in Region: 1 to MaxRailwayReplicas.
	Replicas int `json:"replicas"`
	// Region is one of RailwayRegions. Default: railway.region.
	Region string `json:"region"`
	// HealthCheckPath is the HTTP path Railway waits on (200) before it routes traffic
	// to a new deployment, e.g. "/healthz". Required.
	HealthCheckPath string `json:"healthCheckPath"`
	// Variables are the service's non-secret settings (LOG_LEVEL, FEATURE_X). A secret
	// never goes here: names that read as credentials are refused, and the stacks give
	// the database connection as a sensitive variable read from Secrets Manager at apply
	// time. Default: none.
	Variables map[string]string `json:"variables,omitempty"`
}

// RailwayImage is a container image by digest: <registry>/<repository>@sha256:<digest>.
type RailwayImage struct {
	// Registry is the registry's host, e.g. "ghcr.io" (a DNS name, optionally :port).
	Registry string `json:"registry"`
	// Repository is the image's path in the registry, e.g. "healthhub/gateway".
	Repository string `json:"repository"`
	// SHA256 is the image manifest's digest: 64 lowercase hexadecimal digits.
	SHA256 string `json:"sha256"`
}

// Reference is the image's pull reference, by digest.
func (i RailwayImage) Reference() string {
	return i.Registry + "/" + i.Repository + "@sha256:" + i.SHA256
}

// RunsOnRailway reports whether the service's runtime is railway.
func (s Service) RunsOnRailway() bool { return s.Runtime == RuntimeRailway }

// RailwayServiceNames lists the environment's services whose runtime is railway, sorted.
func (e *Environment) RailwayServiceNames() []string {
	var out []string
	for name, s := range e.Services {
		if s.RunsOnRailway() {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// UsesRailway reports whether any service of the environment runs on Railway.
func (e *Environment) UsesRailway() bool { return len(e.RailwayServiceNames()) > 0 }

// RailwayRegion is the service's region (its own, else the environment's).
func (e *Environment) RailwayRegion(service string) string {
	if r := e.Services[service].Railway.Region; r != "" {
		return r
	}
	return e.Railway.Region
}

var (
	railwayProjectRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9 _-]{1,62}[A-Za-z0-9]$`)
	uuidRE           = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)
	// A registry host: DNS labels, optionally a port.
	registryRE = regexp.MustCompile(`^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(:[0-9]{1,5})?$`)
	// An image repository: path components of lowercase letters and digits separated by
	// ".", "_", "__" or "-" (the OCI distribution specification's grammar).
	repositoryRE = regexp.MustCompile(`^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$`)
	digestRE     = regexp.MustCompile(`^[0-9a-f]{64}$`)
	// A health-check path: an absolute URL path of unreserved characters.
	healthPathRE = regexp.MustCompile(`^/[A-Za-z0-9._~/-]{0,199}$`)
	envVarRE     = regexp.MustCompile(`^[A-Z][A-Z0-9_]{0,63}$`)
	// Names that read as credentials: a secret never travels as a plain variable.
	secretNameRE = regexp.MustCompile(`(^|_)(PASSWORD|PASSWD|PASS|PWD|SECRET|SECRETS|TOKEN|KEY|KEYS|APIKEY|CREDENTIAL|CREDENTIALS|PRIVATE|DSN|CERT|AUTH)(_|$)|DATABASE_URL|CONNECTION`)
	// A URL with a user and password in it.
	userinfoRE = regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.-]*://[^/@\s]*:[^/@\s]*@`)
)

// RailwayReservedVariables are set by the stacks or by Railway itself; config cannot
// override them; neither can config set AWS_* (the stacks set the service's region and
// IAM Roles Anywhere settings, and a credential never travels as a plain variable).
var RailwayReservedVariables = []string{"PORT", "ENVIRONMENT_NAME", "SERVICE_NAME", "DB_CONNECTION_JSON", "DB_SECRET_ARN",
	"AUTH_URL", "PATIENT_URL", "PROVIDER_URL", "RECORDS_URL", "GATEWAY_URL", "DOCUMENTS_BUCKET_NAME", "DOCUMENTS_KEY_ARN", "DOCUMENTS_PREFIX_NAME"}

// validateRailway checks the runtimes, each Railway service's settings, the environment's
// railway section when a service runs there, and the combinations the platform refuses.
func validateRailway(c *checker, e *Environment) {
	var onRailway []string
	for _, name := range sortedServiceNames(e.Services) {
		s, field := e.Services[name], "services."+name
		switch {
		case s.Runtime != "" && !slices.Contains(Runtimes, s.Runtime):
			c.add(field+".runtime", s.Runtime, "must be one of %s (default %s)", strings.Join(Runtimes, ", "), RuntimeLambda)
			continue
		case !s.RunsOnRailway():
			continue
		case !slices.Contains(RailwayServices, name):
			c.add(field+".runtime", s.Runtime, "runs only on Lambda: Railway is wired for phase 1's and phase 2's services (%s); phases 3 and 4 attach their routes to phase 1's HTTP API behind the auth function's authorizer (README, \"Deploying services to Railway\")", strings.Join(RailwayServices, ", "))
			continue
		}
		onRailway = append(onRailway, name)
		validateRailwayService(c, e, name)
	}
	if len(onRailway) == 0 {
		return
	}
	first := onRailway[0]

	// Phase 1's services move together: the gateway invokes the others as functions and
	// the API's authorizers are the auth function.
	p1 := StackServices[StackPhase1]
	p1OnRailway := e.Services[p1[0]].RunsOnRailway()
	for _, name := range p1 {
		if s, ok := e.Services[name]; ok && s.RunsOnRailway() != p1OnRailway {
			c.add("services."+name+".runtime", runtimeOf(s), "must be %s like services.%s.runtime: phase 1's services (%s) run on one target, since the gateway invokes the others as functions and the API's authorizers are the auth function", runtimeOf(e.Services[p1[0]]), p1[0], strings.Join(p1, ", "))
		}
	}
	// Phase 2's services on Railway are reached through the gateway on Railway's private
	// network; on Lambda their routes hang on phase 1's HTTP API and authorizer. So phase
	// 2's services run where phase 1's do, whenever phase 2 is deployed.
	for _, name := range StackServices[StackPhase2] {
		s, ok := e.Services[name]
		switch {
		case !ok:
		case s.RunsOnRailway() && !p1OnRailway:
			c.add("services."+name+".runtime", RuntimeRailway, "must be %s while phase 1's services run on Lambda: phase 2's routes hang on phase 1's HTTP API behind the auth function's authorizer, and a Railway service would need a public domain around that API and phase 3's edge; move phase 1's services (%s) too, or keep %s on Lambda", RuntimeLambda, strings.Join(p1, ", "), name)
		case !s.RunsOnRailway() && p1OnRailway && e.Deploys(StackPhase2):
			c.add("services."+name+".runtime", runtimeOf(s), "must be %s while phase 1's services run on Railway and phase 2 is deployed: there is no HTTP API or authorizer function for its routes; the gateway reaches it on Railway's private network", RuntimeRailway)
		case s.RunsOnRailway() && !e.Deploys(StackPhase2):
			c.add("services."+name+".runtime", RuntimeRailway, "runs on Railway but stacks %s does not deploy %s, its stack", stacksShown(e), StackPhase2)
		}
	}
	// Without phase 1's functions there is no HTTP API or authorizer for phases 3 and 4.
	if p1OnRailway {
		for _, id := range []string{StackPhase3, StackPhase4} {
			if e.Deploys(id) {
				c.add("stacks", stacksShown(e), "must not include %s while phase 1's services run on Railway (services.%s.runtime = railway): %s adds its routes to phase 1's HTTP API behind the auth function's authorizer, which Railway replaces; list the stacks, e.g. [\"bootstrap\", \"phase1\", \"phase2\"]", id, p1[0], id)
			}
		}
	}
	if e.Tags.DataClassification == "phi" && slices.Contains(onRailway, PublicAPIService) {
		c.add("services."+PublicAPIService+".runtime", RuntimeRailway, "must be %s in an environment classified phi: its public domain on Railway would serve the API around phase 3's edge (WAF, geo restriction, rate limit), which fronts only the HTTP API", RuntimeLambda)
	}
	if e.Network.PrivateDatabase {
		c.add("network.privateDatabase", true, "must be false when a service runs on Railway (services.%s.runtime = railway): Railway cannot reach a PrivateLink endpoint, and opening the database's public path for it would undo private connectivity", first)
	}

	r := e.Railway
	if c.required("railway.projectName", r.ProjectName) && !railwayProjectRE.MatchString(r.ProjectName) {
		c.add("railway.projectName", r.ProjectName, "must be 3 to 64 letters, digits, spaces, \"-\" or \"_\", starting and ending with a letter or digit")
	}
	if c.required("railway.region", r.Region) && RailwayRegions[r.Region] == "" {
		c.add("railway.region", r.Region, "must be a Railway region (one of %s)", strings.Join(railwayRegionIDs(), ", "))
	}
	if c.required("railway.team", r.Team) && !uuidRE.MatchString(r.Team) {
		c.add("railway.team", r.Team, "must be the Railway workspace (team) id, a lowercase UUID like 8c2f1a9e-4b7d-4e21-9f3a-0d6b5c4e3a21: the project belongs to the organization, never to a personal account")
	}
	if len(r.EgressIPs) == 0 {
		c.add("railway.egressIps", "[]", "needs the static outbound addresses of the Railway plan: the Neon allow-list admits Railway by them, never by a wide range")
	}
	seen := map[string]bool{}
	for i, ip := range r.EgressIPs {
		field := fmt.Sprintf("railway.egressIps[%d]", i)
		a, err := netip.ParseAddr(ip)
		switch {
		case err != nil || !a.Is4() || a.String() != ip:
			c.add(field, ip, "must be one IPv4 address like 203.0.113.10 (a static outbound address, not a range)")
		case !publicIPv4(a):
			c.add(field, ip, "must be a public address: private, shared (100.64.0.0/10), loopback, link-local, multicast and reserved addresses are not Railway's egress")
		case seen[ip]:
			c.add(field, ip, "is listed twice")
		}
		seen[ip] = true
	}
	if e.Tags.DataClassification == "phi" && !r.BAAInPlace {
		c.add("railway.baaInPlace", false, "must be true in an environment classified phi: patient data reaches Railway only under a signed business associate agreement (HIPAA 164.308(b)(1), 164.314(a))")
	}
}

// validateRailwayService checks services.<name>.railway.
func validateRailwayService(c *checker, e *Environment, name string) {
	s, field := e.Services[name].Railway, "services."+name+".railway"
	img := s.Image
	if c.required(field+".image.registry", img.Registry) && !registryRE.MatchString(img.Registry) {
		c.add(field+".image.registry", img.Registry, "must be a registry host like ghcr.io or registry.example.com:5000")
	}
	if c.required(field+".image.repository", img.Repository) && (!repositoryRE.MatchString(img.Repository) || len(img.Repository) > 255) {
		c.add(field+".image.repository", img.Repository, "must be an image path like healthhub/gateway: lowercase letters and digits separated by /, ., _, __ or -, with no tag (the image is pinned by sha256)")
	}
	if c.required(field+".image.sha256", img.SHA256) && !digestRE.MatchString(img.SHA256) {
		c.add(field+".image.sha256", img.SHA256, "must be the image manifest's sha256 digest: 64 lowercase hexadecimal digits, without \"sha256:\" (an image by tag can change under the same name)")
	}
	if s.Replicas < 1 || s.Replicas > MaxRailwayReplicas {
		c.add(field+".replicas", s.Replicas, "must be from 1 to %d", MaxRailwayReplicas)
	}
	if s.Region != "" && RailwayRegions[s.Region] == "" {
		c.add(field+".region", s.Region, "must be a Railway region (one of %s), or absent for railway.region", strings.Join(railwayRegionIDs(), ", "))
	}
	if c.required(field+".healthCheckPath", s.HealthCheckPath) && !healthPathRE.MatchString(s.HealthCheckPath) {
		c.add(field+".healthCheckPath", s.HealthCheckPath, "must be a URL path like /healthz: \"/\" then at most 199 letters, digits and ._~/-")
	}
	keys := make([]string, 0, len(s.Variables))
	for k := range s.Variables {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		f, v := field+".variables."+k, s.Variables[k]
		switch {
		case !envVarRE.MatchString(k):
			c.add(f, k, "(a key) must be a variable name: an uppercase letter, then uppercase letters, digits or _ (at most 64)")
		case slices.Contains(RailwayReservedVariables, k) || strings.HasPrefix(k, "RAILWAY_") || strings.HasPrefix(k, "AWS_"):
			c.add(f, k, "(a key) is set by the stacks or by Railway (%s, AWS_*, RAILWAY_*): remove it", strings.Join(RailwayReservedVariables, ", "))
		case secretNameRE.MatchString(k):
			c.add(f, k, "(a key) reads as a credential: variables here are plain text in config, the synthesized JSON and every plan; a secret lives in Secrets Manager and reaches the service as a sensitive variable")
		case userinfoRE.MatchString(v):
			c.add(f, v, "must not hold a URL with a user and password: a credential never travels as a plain variable")
		}
	}
}

// railwayPublicDatabasePath reports whether the environment keeps Neon's public path
// (limited to the NAT and Railway egress addresses) because its services run on Railway,
// which cannot reach a PrivateLink endpoint: only outside PHI (validateRailway refuses
// Railway in an environment classified phi).
func railwayPublicDatabasePath(e *Environment) bool {
	return e.UsesRailway() && e.Tags.DataClassification != "phi"
}

// publicIPv4 reports whether a is a public unicast IPv4 address.
func publicIPv4(a netip.Addr) bool {
	for _, p := range []string{"0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "198.18.0.0/15", "240.0.0.0/4"} {
		if netip.MustParsePrefix(p).Contains(a) {
			return false
		}
	}
	return a.IsGlobalUnicast() && !a.IsPrivate()
}

func railwayRegionIDs() []string {
	ids := make([]string, 0, len(RailwayRegions))
	for id := range RailwayRegions {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func sortedServiceNames(services map[string]Service) []string {
	names := make([]string, 0, len(services))
	for n := range services {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func runtimeOf(s Service) string {
	if s.Runtime == "" {
		return RuntimeLambda
	}
	return s.Runtime
}

func stacksShown(e *Environment) string {
	if e.Stacks == nil {
		return "(absent: every stack)"
	}
	return fmt.Sprint(e.Stacks)
}
