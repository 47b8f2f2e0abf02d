package tests

import (
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/constructs/workload"
	"github.com/healthhub/platform-infra/stacks"
)

// TestPreviewPhase2OnRailwayHasRolesAnywhereIdentities: in preview, provider and records
// run on Railway in phase 1's project and reach AWS through IAM Roles Anywhere: phase 1
// holds a short-lived Private CA, its trust anchor, the Railway token's secret and the
// certificate rotation function; phase 2 a role per service trusted only for its own CN
// under that anchor, under the service boundary, denied outside Railway's egress; a
// one-hour profile; a certificate secret only the rotation function reads, rotated every
// workload.RotationDays days; and no certificate or key anywhere in Terraform.
func TestPreviewPhase2OnRailwayHasRolesAnywhereIdentities(t *testing.T) {
	s := synth(t, "preview")
	p1, p2 := s.doc(t, stacks.IDPhase1), s.doc(t, stacks.IDPhase2)
	remote := "${data.terraform_remote_state.cross-stack-reference-input-phase1.outputs.cross-stack-output-"

	// Phase 1: the authority.
	cas := p1.resources("aws_acmpca_certificate_authority")
	if len(cas) != 1 {
		t.Fatalf("%d private CAs in phase 1, want 1", len(cas))
	}
	for n, ca := range cas {
		if ca["type"] != "ROOT" || ca["usage_mode"] != workload.UsageMode || ca["key_storage_security_standard"] != workload.KeyStorage ||
			path(ca, "certificate_authority_configuration", "key_algorithm") != workload.KeyAlgorithm {
			t.Errorf("CA %s: %v", n, ca)
		}
		if ca["revocation_configuration"] != nil {
			t.Errorf("CA %s: a short-lived CA needs no revocation list", n)
		}
	}
	var anchorName string
	for n, a := range p1.resources("aws_rolesanywhere_trust_anchor") {
		anchorName = n
		if path(a, "source", "source_type") != "AWS_ACM_PCA" || !strings.HasPrefix(path(a, "source", "source_data", "acm_pca_arn").(string), "${aws_acmpca_certificate_authority.") {
			t.Errorf("trust anchor %s: source %v, want the environment's Private CA", n, a["source"])
		}
		if deps := asList(a["depends_on"]); len(deps) != 1 || !strings.HasPrefix(deps[0], "aws_acmpca_certificate_authority_certificate.") {
			t.Errorf("trust anchor %s: depends on %v, want the installed root certificate", n, deps)
		}
	}
	if anchorName == "" {
		t.Fatal("no trust anchor in phase 1")
	}
	fnEnv := map[string]any{}
	for _, fn := range p1.resources("aws_lambda_function") {
		if fn["function_name"] == s.env.NamePrefix+"-"+stacks.CertRotatorName {
			fnEnv, _ = path(fn, "environment", "variables").(map[string]any)
		}
	}
	for _, k := range []string{"CERTIFICATE_AUTHORITY_ARN", "RAILWAY_TOKEN_SECRET_ARN", "RAILWAY_PROJECT_ID", "RAILWAY_ENVIRONMENT_ID"} {
		if v, _ := fnEnv[k].(string); !strings.HasPrefix(v, "${") {
			t.Errorf("rotation function %s = %v, want a reference", k, fnEnv[k])
		}
	}

	// Phase 2: the identities.
	roles := map[string]map[string]any{}
	roleNames := map[string]string{}
	for n, r := range p2.resources("aws_iam_role") {
		roles[r["name"].(string)], roleNames[r["name"].(string)] = r, n
	}
	for _, svc := range stacks.Phase2Services {
		name := s.env.NamePrefix + "-" + svc + "-railway"
		role := roles[name]
		if role == nil {
			t.Fatalf("no role %s", name)
		}
		if roles[s.env.NamePrefix+"-"+svc+"-fn"] != nil {
			t.Errorf("%s: a function role is left", svc)
		}
		if role["permissions_boundary"] != remote+"aws_iam_policyServiceBoundaryarn}" {
			t.Errorf("%s: boundary %v, want the service boundary", svc, role["permissions_boundary"])
		}
		trust := policyStatements(t, role["assume_role_policy"])
		if len(trust) != 1 {
			t.Fatalf("%s: %d trust statements", svc, len(trust))
		}
		st := trust[0]
		if path(st, "Principal", "Service") != "rolesanywhere.amazonaws.com" ||
			strings.Join(asList(st["Action"]), ",") != "sts:AssumeRole,sts:SetSourceIdentity,sts:TagSession" ||
			path(st, "Condition", "ArnEquals", "aws:SourceArn") != remote+"aws_rolesanywhere_trust_anchor"+anchorName+"arn}" ||
			path(st, "Condition", "StringEquals", "aws:PrincipalTag/x509Subject/CN") != s.env.NamePrefix+"-"+svc {
			t.Errorf("%s: trust %v", svc, st)
		}
		// The deny outside Railway's egress, exactly its addresses.
		var denied bool
		for _, st := range statementsOf(t, p2, roleNames[name]) {
			if st["Effect"] != "Deny" {
				continue
			}
			ips := asList(path(st, "Condition", "NotIpAddress", "aws:SourceIp"))
			var want []string
			for _, ip := range s.env.Railway.EgressIPs {
				want = append(want, ip+"/32")
			}
			sort.Strings(ips)
			denied = slices.Equal(ips, want) && path(st, "Condition", "Bool", "aws:ViaAWSService") == "false" &&
				path(st, "Action") == "*" && path(st, "Resource") == "*"
		}
		if !denied {
			t.Errorf("%s: no deny of every action from outside %v", svc, s.env.Railway.EgressIPs)
		}
	}
	for n, p := range p2.resources("aws_rolesanywhere_profile") {
		if p["duration_seconds"] != float64(workload.SessionSeconds) || len(asList(p["role_arns"])) != 1 {
			t.Errorf("profile %s: %v", n, p)
		}
	}

	// Certificates: a secret per service, read only by the rotation function, rotated
	// every RotationDays by phase 1's function; no certificate or key in any variable.
	rotations := 0
	for _, r := range p2.resources("aws_secretsmanager_secret_rotation") {
		if strings.Contains(r["rotation_lambda_arn"].(string), "RotateRailwayCertificate") {
			rotations++
			if path(r, "rotation_rules", "automatically_after_days") != float64(workload.RotationDays) {
				t.Errorf("certificate rotation every %v days, want %d", path(r, "rotation_rules", "automatically_after_days"), workload.RotationDays)
			}
		}
	}
	if rotations != len(stacks.Phase2Services) {
		t.Errorf("%d certificate rotations, want %d", rotations, len(stacks.Phase2Services))
	}
	readers := 0
	for _, p := range p2.resources("aws_secretsmanager_secret_policy") {
		if strings.Contains(p["policy"].(string), "RotateRailwayCertificateRole") {
			readers++
		}
	}
	if readers != len(stacks.Phase2Services) {
		t.Errorf("%d certificate secrets readable only by the rotation function, want %d", readers, len(stacks.Phase2Services))
	}
	raw, _ := json.Marshal(p2.m)
	for _, v := range stacks.RailwayCertificateVariables {
		if strings.Contains(string(raw), v) || strings.Contains(s.json[stacks.IDPhase1], v) {
			t.Errorf("%s appears in the synthesized JSON: the certificate is the rotation function's, never Terraform's", v)
		}
	}
	if strings.Contains(string(raw), "PRIVATE KEY") {
		t.Error("a private key in phase 2's JSON")
	}

	// The services: in phase 1's project, no public domain, their settings.
	if n := len(p2.resources("railway_service_domain")) + len(p2.resources("railway_tcp_proxy")); n != 0 {
		t.Errorf("%d public entries for phase 2's Railway services: the gateway reaches them privately", n)
	}
	for n, c := range p2.resources("railway_variable_collection") {
		vars := c["variables"].(map[string]any)
		for _, k := range []string{"AWS_ROLES_ANYWHERE_TRUST_ANCHOR_ARN", "AWS_ROLES_ANYWHERE_PROFILE_ARN", "AWS_ROLES_ANYWHERE_ROLE_ARN", "DB_SECRET_ARN", "DOCUMENTS_BUCKET_NAME", "AWS_REGION"} {
			if vars[k] == nil {
				t.Errorf("%s: no %s", n, k)
			}
		}
		if !strings.HasPrefix(c["environment_id"].(string), remote+"railway_project") {
			t.Errorf("%s: environment %v, want phase 1's project's", n, c["environment_id"])
		}
	}
}
