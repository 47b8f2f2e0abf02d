package compliance

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Helpers shared by the operations family (detection pipeline, alarms, backups,
// secrets rotation, functions). Names start with ops to stay clear of other families.

// opsProviderKey is the provider configuration a resource uses: "aws", "aws.dr", "neon".
func opsProviderKey(r *Resource) string {
	if p := str(r.Attrs["provider"]); p != "" {
		return p
	}
	return strings.SplitN(r.Type, "_", 2)[0]
}

// opsRegionKey is the AWS region a resource lives in, for comparing two resources'
// regions. When the provider configuration sets no region, the key names that provider
// configuration (two resources of one provider block share a region, whatever it is);
// it never equals a real region, so an unknown region never passes as a known one. A
// non-AWS resource (a Neon project) is placed in its stack's primary AWS region, where
// the functions that reach it run.
func opsRegionKey(r *Resource) string {
	s := r.Stack
	key := opsProviderKey(r)
	if !strings.HasPrefix(r.Type, "aws_") {
		key = "aws"
	}
	if reg := str(s.providers[key]["region"]); reg != "" {
		return reg
	}
	return fmt.Sprintf("?%p/%s", s, key)
}

// opsRegionName is opsRegionKey for a message.
func opsRegionName(r *Resource) string {
	k := opsRegionKey(r)
	if !strings.HasPrefix(k, "?") {
		return k
	}
	key := opsProviderKey(r)
	if !strings.HasPrefix(r.Type, "aws_") {
		key = "aws"
	}
	return fmt.Sprintf("the region of provider %q in stack %s (not set, cannot verify)", key, r.Stack.Name)
}

// opsEnvRegions lists the region keys of every AWS resource of the environment, with
// one resource of each (a data store when there is one) for messages.
func opsEnvRegions(s *Stack) ([]string, map[string]*Resource) {
	example := map[string]*Resource{}
	var keys []string
	for _, st := range s.Env().Stacks {
		for _, r := range st.Resources {
			if !strings.HasPrefix(r.Type, "aws_") {
				continue
			}
			k := opsRegionKey(r)
			prev, ok := example[k]
			if !ok {
				keys = append(keys, k)
			}
			// Name a data store of the region when there is one: it says why it matters.
			if !ok || !slices.Contains(DataStoreTypes, prev.Type) && slices.Contains(DataStoreTypes, r.Type) {
				example[k] = r
			}
		}
	}
	slices.Sort(keys)
	return keys, example
}

// opsAttachedByName lists resources of typ, anywhere in the environment, whose
// attribute key names r: a reference to r (any of its attributes), or r's literal
// nameAttr value in the same region.
func opsAttachedByName(s *Stack, typ, key string, r *Resource, nameAttr string) []*Resource {
	var out []*Resource
	name := str(r.Attrs[nameAttr])
	for _, c := range s.AllOfType(typ) {
		v := c.Attrs[key]
		if t, ok := c.Stack.Resolve(v); ok {
			if t.Resource == r {
				out = append(out, c)
			}
			continue
		}
		if name != "" && !isRef(name) && str(v) == name && opsRegionKey(c) == opsRegionKey(r) {
			out = append(out, c)
		}
	}
	return out
}

// opsGlob matches an IAM/AWS-style pattern (* and ? wildcards) against s.
func opsGlob(pattern, s string, foldCase bool) bool {
	var b strings.Builder
	b.WriteString("^")
	if foldCase {
		b.WriteString("(?i)")
	}
	for _, c := range pattern {
		switch c {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("$")
	re, err := regexp.Compile(b.String())
	return err == nil && re.MatchString(s)
}

// opsDisabled reports an explicit false (bool or string); absent is not disabled.
func opsDisabled(attrs map[string]any, key string) bool {
	v, set := attrs[key]
	return set && v != nil && !truthy(v)
}

// --- schedules ------------------------------------------------------------------

var (
	opsRateRE = regexp.MustCompile(`^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$`)
	opsCronRE = regexp.MustCompile(`^cron\((.*)\)$`)
	opsMonths = map[string]int{"JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6, "JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11, "DEC": 12}
	opsDays   = map[string]int{"SUN": 1, "MON": 2, "TUE": 3, "WED": 4, "THU": 5, "FRI": 6, "SAT": 7}
)

// opsCronSet expands one field of an AWS cron expression into the values it fires on.
// ok is false for syntax the pack does not evaluate (L, W, #, unknown names).
func opsCronSet(field string, lo, hi int, names map[string]int) (set map[int]bool, ok bool) {
	set = map[int]bool{}
	val := func(t string) (int, bool) {
		if n, ok := names[strings.ToUpper(t)]; ok {
			return n, true
		}
		n, err := strconv.Atoi(t)
		return n, err == nil && n >= lo && n <= hi
	}
	for _, part := range strings.Split(field, ",") {
		rng, stepText, hasStep := strings.Cut(part, "/")
		step := 1
		if hasStep {
			n, err := strconv.Atoi(stepText)
			if err != nil || n < 1 {
				return nil, false
			}
			step = n
		}
		from, to := lo, hi
		switch {
		case rng == "*" || rng == "?":
		case strings.Contains(rng, "-"):
			a, b, _ := strings.Cut(rng, "-")
			var okA, okB bool
			from, okA = val(a)
			to, okB = val(b)
			if !okA || !okB || to < from {
				return nil, false
			}
		default:
			n, ok := val(rng)
			if !ok {
				return nil, false
			}
			from = n
			if !hasStep {
				to = n
			}
		}
		for v := from; v <= to; v += step {
			set[v] = true
		}
	}
	return set, true
}

// opsCron splits "cron(m h dom mon dow year)" into its six fields.
func opsCron(expr string) ([]string, bool) {
	m := opsCronRE.FindStringSubmatch(strings.TrimSpace(expr))
	if m == nil {
		return nil, false
	}
	f := strings.Fields(m[1])
	return f, len(f) == 6
}

// opsEveryDay reports whether a cron's day-of-month, month, day-of-week and year fields
// fire on every day of every year.
func opsEveryDay(f []string) bool {
	full := func(field string, lo, hi int, names map[string]int) bool {
		set, ok := opsCronSet(field, lo, hi, names)
		return ok && len(set) == hi-lo+1
	}
	return full(f[2], 1, 31, nil) && full(f[3], 1, 12, opsMonths) && full(f[4], 1, 7, opsDays) && (f[5] == "*" || f[5] == "?")
}

// opsAtLeastDaily reports whether a schedule expression (AWS Backup: cron or rate) runs
// at least once a day, with a detail when it does not or cannot be read.
func opsAtLeastDaily(expr string) (bool, string) {
	if m := opsRateRE.FindStringSubmatch(strings.TrimSpace(expr)); m != nil {
		n, _ := strconv.Atoi(m[1])
		minutes := map[string]int{"minute": 1, "hour": 60, "day": 1440}[strings.TrimSuffix(m[2], "s")]
		if n < 1 || n*minutes > 1440 {
			return false, fmt.Sprintf("%q runs less often than daily", expr)
		}
		return true, ""
	}
	f, ok := opsCron(expr)
	if !ok {
		return false, fmt.Sprintf("cannot verify the schedule %q: not a cron(m h dom mon dow year) or rate(n unit) expression", expr)
	}
	if !opsEveryDay(f) {
		return false, fmt.Sprintf("%q does not run every day (day-of-month %q, month %q, day-of-week %q, year %q)", expr, f[2], f[3], f[4], f[5])
	}
	return true, ""
}

// opsAtLeastEvery reports whether a schedule expression (Secrets Manager: cron or rate
// in days or hours) runs at least every maxDays days.
func opsAtLeastEvery(expr string, maxDays int) (bool, string) {
	if m := opsRateRE.FindStringSubmatch(strings.TrimSpace(expr)); m != nil {
		n, _ := strconv.Atoi(m[1])
		minutes := map[string]int{"minute": 1, "hour": 60, "day": 1440}[strings.TrimSuffix(m[2], "s")]
		if n < 1 || n*minutes > maxDays*1440 {
			return false, fmt.Sprintf("%q is less often than every %d days", expr, maxDays)
		}
		return true, ""
	}
	f, ok := opsCron(expr)
	if !ok {
		return false, fmt.Sprintf("cannot verify the schedule %q: not a cron(...) or rate(n days|hours) expression", expr)
	}
	if f[5] != "*" && f[5] != "?" {
		return false, fmt.Sprintf("%q is limited to year %q", expr, f[5])
	}
	months, ok := opsCronSet(f[3], 1, 12, opsMonths)
	if !ok || len(months) == 0 {
		return false, fmt.Sprintf("cannot verify the month field %q of %q", f[3], expr)
	}
	// The longest run between two firing months, cyclically, bounds the interval: a
	// gap of g months is at most g*31 days.
	gap := 0
	for m := 1; m <= 12; m++ {
		if !months[m] {
			continue
		}
		next := 1
		for next <= 12 && !months[(m+next-1)%12+1] {
			next++
		}
		gap = max(gap, next)
	}
	if gap*31 > maxDays {
		return false, fmt.Sprintf("%q can leave %d months between rotations, over %d days", expr, gap, maxDays)
	}
	return true, ""
}

// --- resource policies ------------------------------------------------------------

// opsStatement is one policy statement with the fields a deny check needs.
type opsStatement struct {
	Effect                        string
	Principal, NotPrincipal       any
	Action, NotAction, Resource   []string
	Condition                     map[string]map[string]any
	hasNotAction, hasNotPrincipal bool
	hasResource, hasNotResource   bool
}

// opsPolicy parses a policy document; ok is false when it is not a JSON policy (a
// reference to a data source, a function call).
func opsPolicy(policy string) ([]opsStatement, bool) {
	var doc struct {
		Statement any
	}
	if json.Unmarshal([]byte(policy), &doc) != nil {
		return nil, false
	}
	var out []opsStatement
	for _, raw := range list(doc.Statement) {
		m, ok := raw.(map[string]any)
		if !ok {
			return nil, false
		}
		st := opsStatement{Effect: str(m["Effect"]), Principal: m["Principal"], NotPrincipal: m["NotPrincipal"]}
		_, st.hasNotAction = m["NotAction"]
		_, st.hasNotPrincipal = m["NotPrincipal"]
		_, st.hasResource = m["Resource"]
		_, st.hasNotResource = m["NotResource"]
		for _, a := range list(m["Action"]) {
			st.Action = append(st.Action, str(a))
		}
		for _, a := range list(m["Resource"]) {
			st.Resource = append(st.Resource, str(a))
		}
		if c, ok := m["Condition"].(map[string]any); ok {
			st.Condition = map[string]map[string]any{}
			for op, kv := range c {
				st.Condition[op], _ = kv.(map[string]any)
			}
		}
		out = append(out, st)
	}
	return out, true
}

// opsEveryone reports whether a principal is everyone: "*" or {"AWS": "*"}.
func opsEveryone(p any) bool {
	if str(p) == "*" {
		return true
	}
	for _, v := range list(dig(p, "AWS")) {
		if str(v) == "*" {
			return true
		}
	}
	return false
}
