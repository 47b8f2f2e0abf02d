package security

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iampolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrole"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicy"

	"github.com/healthhub/platform-infra/constructs/iam"
)

var grantIDRE = regexp.MustCompile(`^[A-Z][A-Za-z0-9]{1,40}$`)

// RoleProps configures a service role.
type RoleProps struct {
	// Name of the role. Required.
	Name string
	// AssumedBy is the service principal, e.g. "lambda.amazonaws.com". Required.
	AssumedBy string
	// AccountID limits who may pass the trust (aws:SourceAccount). Required.
	AccountID string
	// BoundaryArn is the permissions boundary: the ceiling of what any grant can give.
	// Required.
	BoundaryArn *string
	// RolesAnywhere, for a workload outside AWS (AssumedBy RolesAnywherePrincipal),
	// narrows the trust to certificates of one trust anchor whose subject CN names the
	// workload. Required with that principal, refused with any other.
	RolesAnywhere *RolesAnywhereTrust
}

// RolesAnywherePrincipal is IAM Roles Anywhere's service principal.
const RolesAnywherePrincipal = "rolesanywhere.amazonaws.com"

// RolesAnywhereTrust is who may assume a role through IAM Roles Anywhere: the holder of
// a certificate with subject CN CommonName issued under the trust anchor
// TrustAnchorArn.
type RolesAnywhereTrust struct {
	TrustAnchorArn *string
	CommonName     string
}

var commonNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$`)

// trust is the role's trust policy statement.
func (props RoleProps) trust() (iam.Statement, error) {
	if props.AssumedBy != RolesAnywherePrincipal {
		if props.RolesAnywhere != nil {
			return iam.Statement{}, fmt.Errorf("RolesAnywhere is only for AssumedBy %s", RolesAnywherePrincipal)
		}
		return iam.Statement{
			Effect: "Allow", Principal: &iam.Principal{Service: iam.Strings{props.AssumedBy}},
			Action:    iam.Strings{"sts:AssumeRole"},
			Condition: iam.Conditions{"StringEquals": {"aws:SourceAccount": {props.AccountID}}},
		}, nil
	}
	ra := props.RolesAnywhere
	if ra == nil || ra.TrustAnchorArn == nil || !commonNameRE.MatchString(ra.CommonName) {
		return iam.Statement{}, fmt.Errorf("AssumedBy %s needs RolesAnywhere: a TrustAnchorArn and a CommonName of letters, digits, \".\" and \"-\" (no wildcard)", RolesAnywherePrincipal)
	}
	// Roles Anywhere sets the session's source identity and tags from the certificate:
	// all three actions are required (IAM Roles Anywhere user guide, "Trust model").
	return iam.Statement{
		Effect: "Allow", Principal: &iam.Principal{Service: iam.Strings{RolesAnywherePrincipal}},
		Action: iam.Strings{"sts:AssumeRole", "sts:SetSourceIdentity", "sts:TagSession"},
		Condition: iam.Conditions{
			"ArnEquals":    {"aws:SourceArn": {*ra.TrustAnchorArn}},
			"StringEquals": {"aws:PrincipalTag/x509Subject/CN": {ra.CommonName}},
		},
	}, nil
}

// Role is an IAM role whose permissions are added only through Grant, one inline
// policy per grant, each statement checked for least privilege.
type Role struct {
	Scope constructs.Construct
	Role  iamrole.IamRole
}

// NewRole creates a role with a trust policy for one service and a permissions boundary.
func NewRole(scope constructs.Construct, id string, props RoleProps) (*Role, error) {
	if props.Name == "" || !IsServicePrincipal(props.AssumedBy) || props.AccountID == "" || props.BoundaryArn == nil {
		return nil, fmt.Errorf("security.NewRole %s: Name, AssumedBy (a service principal), AccountID and BoundaryArn are required", id)
	}
	trust, err := props.trust()
	if err != nil {
		return nil, fmt.Errorf("security.NewRole %s: %w", id, err)
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	r := iamrole.NewIamRole(c, jsii.String("Role"), &iamrole.IamRoleConfig{
		Name:                jsii.String(props.Name),
		PermissionsBoundary: props.BoundaryArn,
		MaxSessionDuration:  jsii.Number(3600),
		AssumeRolePolicy:    jsii.String(iam.Policy(trust).JSON()),
	})
	return &Role{Scope: c, Role: r}, nil
}

// Arn is the role's ARN (a Terraform reference).
func (r *Role) Arn() *string { return r.Role.Arn() }

// Grant adds an inline policy named id holding the statements. A statement with an
// action of "*" or "<service>:*" is rejected, and so is Resource "*" without a
// WildcardReason.
func (r *Role) Grant(id string, statements ...iam.Statement) error {
	_, err := r.GrantIn(r.Scope, id, statements...)
	return err
}

// GrantIn is Grant with the policy created in scope: a later phase's stack granting
// this role access to its own resources (the role is then a cross-stack reference, and
// the earlier stack never depends on the later one).
func (r *Role) GrantIn(scope constructs.Construct, id string, statements ...iam.Statement) (iamrolepolicy.IamRolePolicy, error) {
	if !grantIDRE.MatchString(id) {
		return nil, fmt.Errorf("security.Role.Grant: id %q must be PascalCase", id)
	}
	if err := CheckLeastPrivilege(statements); err != nil {
		return nil, fmt.Errorf("security.Role.Grant %s: %w", id, err)
	}
	return iamrolepolicy.NewIamRolePolicy(scope, jsii.String(id), &iamrolepolicy.IamRolePolicyConfig{
		Name:   jsii.String(strings.ToLower(id[:1]) + id[1:]),
		Role:   r.Role.Id(),
		Policy: jsii.String(iam.Policy(statements...).JSON()),
	}), nil
}

// CheckLeastPrivilege rejects Allow statements with wildcard actions, and Resource "*"
// without a stated reason.
func CheckLeastPrivilege(statements []iam.Statement) error {
	for _, s := range statements {
		if s.Effect != "Allow" {
			continue
		}
		for _, a := range s.Action {
			if a == "*" || strings.HasSuffix(a, ":*") {
				return fmt.Errorf("statement %q: action %q grants every action of a service", s.Sid, a)
			}
		}
		for _, res := range s.Resource {
			if res == "*" && len(s.WildcardReason) < 20 {
				return fmt.Errorf("statement %q: Resource \"*\" needs a WildcardReason naming why AWS requires it", s.Sid)
			}
		}
		if len(s.Resource) == 0 {
			return fmt.Errorf("statement %q: has no Resource", s.Sid)
		}
	}
	return nil
}

// BoundaryProps configures a permissions boundary.
type BoundaryProps struct {
	// Name of the managed policy. Required.
	Name string
	// Statements are the ceiling: what any role under the boundary could ever be granted.
	Statements []iam.Statement
}

// NewBoundary creates the managed policy used as a permissions boundary.
func NewBoundary(scope constructs.Construct, id string, props BoundaryProps) iampolicy.IamPolicy {
	return iampolicy.NewIamPolicy(scope, jsii.String(id), &iampolicy.IamPolicyConfig{
		Name:        jsii.String(props.Name),
		Description: jsii.String("Permissions boundary of the platform's service roles: the most any service may be granted"),
		Policy:      jsii.String(iam.Policy(props.Statements...).JSON()),
	})
}

// IsServicePrincipal reports whether p names an AWS service principal: a global one
// ("lambda.amazonaws.com", the same in every partition) or a regional one, whose
// suffix is "amazonaws.com.cn" in China ("logs.cn-north-1.amazonaws.com.cn").
func IsServicePrincipal(p string) bool {
	return strings.HasSuffix(p, ".amazonaws.com") || strings.HasSuffix(p, ".amazonaws.com.cn")
}
