// Package rotation deploys the product's Secrets Manager rotation functions. A Rotator
// is one rotation function, built from this repository's code (artifact.Build of a main
// package under lambdas/ that calls internal/rotation.Main), placed like every service
// function (compute.NewFunction: private subnets, dead-letter queue, encrypted log
// group, tracing, bounded concurrency, a role under a permissions boundary), with an
// alarm that fires when a rotation fails. Rotate wires it to a secret: the schedule, the
// permission for Secrets Manager to invoke it for that secret, and the grants the
// function needs on that secret only.
//
// Keys: the function's role uses the DataKey (dead-letter queue, environment) and the
// key of every secret it rotates. When a key names its Users (security.KeyProps.Users),
// the list must hold the role's ARN, which is known before the role exists:
// RoleArn(partition, account, names, name). KMS refuses a key policy naming a role that
// does not exist yet, so on a fresh environment the role must be created before the
// key policy lists it: apply the rotator's stack first when the key lives in an earlier
// stack, then that stack again (the rotation's first run fails until then, and its
// alarm says so); in one stack, make the key depend on the role (depends_on) so that
// Terraform creates the role first.
package rotation

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchmetricalarm"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/lambdapermission"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/secretsmanagersecretrotation"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/compute"
	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/monitoring"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/network"
	"github.com/healthhub/platform-infra/constructs/secrets"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/internal/artifact"
)

// Defaults and limits of the function's sizing.
const (
	DefaultMemoryMB            = 256
	DefaultTimeoutSeconds      = 60
	DefaultReservedConcurrency = 2
	// MinReservedConcurrency and MaxReservedConcurrency bound the concurrent rotations:
	// at least two, so one stuck rotation does not block every other secret; at most
	// five, so a burst cannot exhaust the database's connections or a vendor's limit.
	MinReservedConcurrency = 2
	MaxReservedConcurrency = 5
	// MaxRotationDays is the longest schedule Rotate accepts (Secrets Manager's limit
	// is 1000 days; the HIPAA pack asks for at most compliance.MaxRotationDays).
	MaxRotationDays = 365
)

// SecretsManagerPrincipal invokes rotation functions.
const SecretsManagerPrincipal = "secretsmanager.amazonaws.com"

// RotatorProps configures a rotation function.
type RotatorProps struct {
	// Name is the rotator's name, lowercase words joined by hyphens ("rotate-postgres"):
	// the function is Names.Name(Name), its role RoleName(Names, Name), its log group
	// /aws/lambda/<Names.Name(Name)>. Required.
	Name string
	// Description of the function. Default: "HealthHub <Name> rotation function (<EnvironmentName>)".
	Description string
	// Package is the function's code: artifact.Build("./lambdas/<name>"). Required.
	Package *artifact.Zip
	// Names builds the names. Required.
	Names naming.Namer
	// EnvironmentName is the environment's name ("dev"), the function's
	// ENVIRONMENT_NAME. Required.
	EnvironmentName string
	// AccountID is the only account whose secrets may have the function invoked
	// (source_account) and the account of the role's trust. Required.
	AccountID string
	// Partition of RoleArn ("aws"). Required.
	Partition string
	// LogRetentionDays of the function's log group. Required.
	LogRetentionDays int
	// BoundaryArn is the permissions boundary of the role: it must allow what the
	// function is granted (BoundaryStatements lists it). Required.
	BoundaryArn *string
	// Network places the function in the private subnets. Required.
	Network *network.Network
	// SecurityGroupIDs place the function in these groups, e.g. one with internet egress
	// for a vendor's API. Default: the network's function group (HTTPS to the VPC
	// endpoints, which include Secrets Manager, and Postgres to Neon).
	SecurityGroupIDs []*string
	// DataKey encrypts the dead-letter queue and the environment; LogsKey the log group.
	// Both required; a DataKey naming its Users must list RoleArn.
	DataKey, LogsKey *security.Key
	// Alerts is the critical route: the "a rotation failed" and dead-letter alarms page
	// (monitoring.RotationAlarms). Required.
	Alerts *monitoring.AlertTopic
	// MemoryMB is 128 to 10240. Default: 256.
	MemoryMB int
	// TimeoutSeconds is 1 to 900, per rotation step. Default: 60.
	TimeoutSeconds int
	// ReservedConcurrency is 2 to 5. Default: 2.
	ReservedConcurrency int
	// Environment variables of the function; names end in _ARN, _NAME, _URL or _ID.
	// Default: none beyond ENVIRONMENT_NAME.
	Environment map[string]*string
	// Role is the function's execution role when the stack created it first (NewRole),
	// so that the policies of the keys the function uses can reference it: KMS refuses a
	// key policy naming a role that does not exist yet. Default: the rotator creates it.
	Role *security.Role
}

// NewRole creates a rotator's execution role ahead of the rotator: RoleName, trusted by
// Lambda in this account, under the boundary.
func NewRole(scope constructs.Construct, id string, names naming.Namer, name, accountID string, boundaryArn *string) (*security.Role, error) {
	return security.NewRole(scope, id, security.RoleProps{
		Name: RoleName(names, name), AssumedBy: "lambda.amazonaws.com", AccountID: accountID, BoundaryArn: boundaryArn,
	})
}

// Rotator is a rotation function, its role and its failure alarm.
type Rotator struct {
	Scope    constructs.Construct
	Function *compute.Function
	// Role is the function's execution role, named RoleName(Names, Name).
	Role *security.Role
	// Alarm fires when the function returns an error: a rotation step failed and the
	// secret kept its current value.
	Alarm cloudwatchmetricalarm.CloudwatchMetricAlarm
	// Alarms are the rotator's alarms of the catalogue (monitoring.RotationAlarms): the
	// failure alarm and its dead-letter queue's.
	Alarms []monitoring.AlarmSpec

	accountID string
	grants    map[string]bool // inline policy ids of Role, taken
	rotations map[string]bool // Rotate ids, taken
}

// NewRotator creates the rotation function, its role, dead-letter queue, log group and
// failure alarm. It rotates nothing until Rotate is called.
func NewRotator(scope constructs.Construct, id string, props RotatorProps) (*Rotator, error) {
	if err := props.Validate(); err != nil {
		return nil, prefixLines("rotation.NewRotator "+id+": ", err)
	}
	names := props.Names
	c := constructs.NewConstruct(scope, jsii.String(id))
	r := &Rotator{Scope: c, accountID: props.AccountID, grants: map[string]bool{}, rotations: map[string]bool{}}

	var err error
	if r.Role = props.Role; r.Role == nil {
		if r.Role, err = NewRole(c, "Role", names, props.Name, props.AccountID, props.BoundaryArn); err != nil {
			return nil, err
		}
	}
	description := props.Description
	if description == "" {
		description = fmt.Sprintf("HealthHub %s rotation function (%s)", props.Name, props.EnvironmentName)
	}
	if r.Function, err = compute.NewFunction(c, "Function", compute.FunctionProps{
		Service: props.Name, Package: props.Package, Description: description,
		Config: config.Service{
			MemoryMB:            orDefault(props.MemoryMB, DefaultMemoryMB),
			TimeoutSeconds:      orDefault(props.TimeoutSeconds, DefaultTimeoutSeconds),
			ReservedConcurrency: orDefault(props.ReservedConcurrency, DefaultReservedConcurrency),
		},
		EnvironmentName: props.EnvironmentName, LogRetentionDays: props.LogRetentionDays,
		Names: names, Network: props.Network, SecurityGroupIDs: props.SecurityGroupIDs,
		DataKey: props.DataKey, LogsKey: props.LogsKey, Role: r.Role, Environment: props.Environment,
	}); err != nil {
		return nil, err
	}
	r.grants["Runtime"] = true // compute.NewFunction's grant
	if err := r.grant("RandomPasswords", iam.Statement{
		Sid: "GetRandomPassword", Effect: "Allow", Action: iam.Strings{"secretsmanager:GetRandomPassword"}, Resource: iam.Strings{"*"},
		WildcardReason: "Secrets Manager defines no resource type for GetRandomPassword: IAM accepts only Resource \"*\"",
	}); err != nil {
		return nil, err
	}
	// The catalogue's rotation alarms: any error of the function, and its dead-letter
	// queue, page (the critical route).
	alarms, err := monitoring.Add(c, monitoring.Routes{Critical: props.Alerts},
		monitoring.RotationAlarms(names, props.Name, r.Function.Name(), r.Function.DLQ.Name()), monitoring.AddOptions{})
	if err != nil {
		return nil, err
	}
	r.Alarms = monitoring.Specs(alarms)
	r.Alarm = alarms[0].Resource.(cloudwatchmetricalarm.CloudwatchMetricAlarm)
	return r, nil
}

// Rotate rotates the secret every days days (1 to MaxRotationDays) with this function:
// an aws_secretsmanager_secret_rotation (Secrets Manager starts the first rotation when
// it is created), the permission for Secrets Manager to invoke the function for this
// secret of this account only (source_arn, source_account), and the role's grants on
// this secret only (secrets.Secret.RotationStatements: read, put a version, move the
// stage labels; the secret's key through Secrets Manager only). id names them: PascalCase,
// unique per rotator ("AuthDatabase"). The secret's key must list RoleArn in its Users
// (see the package comment).
func (r *Rotator) Rotate(secret *secrets.Secret, id string, days int) error {
	var problems []string
	if secret == nil {
		problems = append(problems, "secret: required")
	}
	if !idRE.MatchString(id) {
		problems = append(problems, fmt.Sprintf("id %q: must be PascalCase letters and digits (it names Terraform resources)", id))
	} else if r.rotations[id] || r.grants["Rotate"+id] {
		problems = append(problems, fmt.Sprintf("id %q: already rotates a secret", id))
	}
	if days < 1 || days > MaxRotationDays {
		problems = append(problems, fmt.Sprintf("days %d: must be 1 to %d", days, MaxRotationDays))
	}
	if len(problems) > 0 {
		return prefixLines(fmt.Sprintf("rotation.Rotator.Rotate %s: ", id), errors.New(strings.Join(problems, "\n")))
	}
	r.rotations[id] = true
	// Everything that names the secret lives beside it (a later phase's secret is then
	// rotated from that phase's stack, which references the rotator; the rotator's stack
	// never depends on it).
	c := constructs.NewConstruct(secret.Scope, jsii.String("Rotation"+id))
	permission := lambdapermission.NewLambdaPermission(c, jsii.String("InvokePermission"), &lambdapermission.LambdaPermissionConfig{
		StatementId:   jsii.String("SecretsManagerRotates" + id),
		Action:        jsii.String("lambda:InvokeFunction"),
		FunctionName:  r.Function.Name(),
		Principal:     jsii.String(SecretsManagerPrincipal),
		SourceAccount: jsii.String(r.accountID),
		SourceArn:     secret.Arn(),
	})
	policy, err := r.Role.GrantIn(c, "Grant", secret.RotationStatements()...)
	if err != nil {
		return err
	}
	r.grants["Rotate"+id] = true
	// Secrets Manager invokes the function as soon as the rotation exists: the
	// permission and the grants come first.
	secretsmanagersecretrotation.NewSecretsmanagerSecretRotation(c, jsii.String("Rotation"), &secretsmanagersecretrotation.SecretsmanagerSecretRotationConfig{
		SecretId:          secret.Arn(),
		RotationLambdaArn: r.Function.Arn(),
		RotationRules:     &secretsmanagersecretrotation.SecretsmanagerSecretRotationRotationRules{AutomaticallyAfterDays: jsii.Number(float64(days))},
		DependsOn:         &[]cdktf.ITerraformDependable{permission, policy},
	})
	return nil
}

// ExtraGrant adds strategy-specific permissions to the function's role, as an inline
// policy named id (PascalCase, unique per rotator): reading the database's master
// secret to change a user's password, for instance. The statements pass the same
// least-privilege check as every grant (security.Role.Grant) and must fit under the
// boundary.
func (r *Rotator) ExtraGrant(id string, statements ...iam.Statement) error {
	if !idRE.MatchString(id) || r.grants[id] {
		return fmt.Errorf("rotation.Rotator.ExtraGrant %q: the id must be PascalCase and not already a grant of this role (taken: Runtime, RandomPasswords, Rotate<id>, earlier extra grants)", id)
	}
	if len(statements) == 0 {
		return fmt.Errorf("rotation.Rotator.ExtraGrant %s: no statements", id)
	}
	return r.grant(id, statements...)
}

// RoleArn is the ARN of the function's role (a Terraform reference).
func (r *Rotator) RoleArn() *string { return r.Role.Arn() }

// RoleName is the name of the execution role of the rotator called name:
// "<prefix>-<name>-fn", the form of the service roles ("hh-dev-rotate-postgres-fn").
func RoleName(names naming.Namer, name string) string { return names.Name(name, "fn") }

// RoleArn is the ARN of that role, "arn:<partition>:iam::<account>:role/<prefix>-<name>-fn",
// known before the role exists: the Users of every key the rotator uses list it.
func RoleArn(partition, accountID string, names naming.Namer, name string) string {
	return fmt.Sprintf("arn:%s:iam::%s:role/%s", partition, accountID, RoleName(names, name))
}

// BoundaryStatements are the ceiling a rotation role needs (security.NewBoundary): what
// compute.NewFunction grants every function (its log streams, its dead-letter queue,
// the account's keys, traces, VPC interfaces), rotation of the environment's secrets
// (names "<prefix>/..."), random passwords, and never IAM, Organizations or key
// deletion. The actual grants are narrower: one secret and its key per Rotate.
func BoundaryStatements(partition, region, accountID string, names naming.Namer) []iam.Statement {
	arn := func(service, resource string) string {
		return fmt.Sprintf("arn:%s:%s:%s:%s:%s", partition, service, region, accountID, resource)
	}
	return []iam.Statement{
		iam.Allow("OwnLogs", []string{"logs:CreateLogStream", "logs:PutLogEvents"}, []string{arn("logs", "log-group:/aws/lambda/"+names.Name("")+"*")}),
		iam.Allow("OwnQueues", []string{"sqs:SendMessage"}, []string{arn("sqs", names.Name("")+"*")}),
		iam.Allow("RotateOwnSecrets", secrets.RotationActions, []string{arn("secretsmanager", "secret:"+names.Path("")+"*")}),
		iam.Allow("AccountKeys", []string{"kms:Decrypt", "kms:GenerateDataKey"}, []string{arn("kms", "key/*")}),
		{Sid: "RandomPasswords", Effect: "Allow", Action: iam.Strings{"secretsmanager:GetRandomPassword"}, Resource: iam.Strings{"*"},
			WildcardReason: "Secrets Manager defines no resource type for GetRandomPassword"},
		{Sid: "Traces", Effect: "Allow", Action: iam.Strings{"xray:PutTelemetryRecords", "xray:PutTraceSegments"}, Resource: iam.Strings{"*"},
			WildcardReason: "X-Ray trace APIs have no resource-level permissions"},
		{Sid: "VpcNetworkInterfaces", Effect: "Allow",
			Action:         iam.Strings{"ec2:AssignPrivateIpAddresses", "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:UnassignPrivateIpAddresses"},
			Resource:       iam.Strings{"*"},
			WildcardReason: "Lambda's VPC networking calls EC2 network-interface APIs that AWS authorizes only on Resource \"*\""},
		{Sid: "NeverAdministration", Effect: "Deny", Action: iam.Strings{"iam:*", "organizations:*", "kms:DisableKey", "kms:ScheduleKeyDeletion", "kms:PutKeyPolicy"}, Resource: iam.Strings{"*"}},
	}
}

var (
	nameRE = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	idRE   = regexp.MustCompile(`^[A-Z][A-Za-z0-9]{1,40}$`)
)

// Validate reports every problem of the props, one per line.
func (p RotatorProps) Validate() error {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	if !nameRE.MatchString(p.Name) {
		add("Name %q: lowercase words joined by hyphens, like \"rotate-postgres\"", p.Name)
	} else if n := RoleName(p.Names, p.Name); len(n) > 64 {
		add("Name %q: the role name %q is longer than IAM's 64 characters", p.Name, n)
	}
	if p.Package == nil {
		add("Package: required (artifact.Build of the function's main package)")
	}
	if p.EnvironmentName == "" || p.AccountID == "" || p.Partition == "" {
		add("EnvironmentName %q, AccountID %q and Partition %q: all required", p.EnvironmentName, p.AccountID, p.Partition)
	}
	if p.LogRetentionDays < 1 {
		add("LogRetentionDays %d: required, at least 1", p.LogRetentionDays)
	}
	if p.BoundaryArn == nil || *p.BoundaryArn == "" {
		add("BoundaryArn: required (the permissions boundary of the role)")
	}
	if p.Network == nil || p.DataKey == nil || p.LogsKey == nil || p.Alerts == nil {
		add("Network, DataKey, LogsKey and Alerts: all required")
	}
	if m := p.MemoryMB; m != 0 && (m < 128 || m > 10240) {
		add("MemoryMB %d: 128 to 10240 (default %d)", m, DefaultMemoryMB)
	}
	if t := p.TimeoutSeconds; t != 0 && (t < 1 || t > 900) {
		add("TimeoutSeconds %d: 1 to 900 (default %d)", t, DefaultTimeoutSeconds)
	}
	if c := p.ReservedConcurrency; c != 0 && (c < MinReservedConcurrency || c > MaxReservedConcurrency) {
		add("ReservedConcurrency %d: %d to %d (default %d)", c, MinReservedConcurrency, MaxReservedConcurrency, DefaultReservedConcurrency)
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "\n"))
	}
	return nil
}

// grant adds an inline policy to the role and records its id.
func (r *Rotator) grant(id string, statements ...iam.Statement) error {
	_, err := r.grantPolicy(id, statements...)
	return err
}

// grantPolicy is grant, returning the policy resource so that a resource can depend on it.
func (r *Rotator) grantPolicy(id string, statements ...iam.Statement) (cdktf.ITerraformDependable, error) {
	if err := r.Role.Grant(id, statements...); err != nil {
		return nil, err
	}
	r.grants[id] = true
	dep, ok := r.Role.Scope.Node().FindChild(jsii.String(id)).(cdktf.ITerraformDependable)
	if !ok {
		return nil, fmt.Errorf("rotation: the role's policy %s is not a Terraform resource", id)
	}
	return dep, nil
}

func orDefault(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}

// prefixLines puts prefix before every line of err.
func prefixLines(prefix string, err error) error {
	return errors.New(prefix + strings.ReplaceAll(err.Error(), "\n", "\n"+prefix))
}
