package stacks

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	awsprovider "github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/securitygroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcendpoint"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcsecuritygroupegressrule"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/api"
	"github.com/healthhub/platform-infra/constructs/compliance"
	"github.com/healthhub/platform-infra/constructs/compute"
	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/rotation"
	"github.com/healthhub/platform-infra/constructs/secrets"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/constructs/storage"
	"github.com/healthhub/platform-infra/internal/artifact"
)

// AIRoutes are the AI service's routes on the shared API (behind the authorizer).
var AIRoutes = []string{"ANY /ai", "ANY /ai/{proxy+}"}

// AIEndpointServices are the AWS AI services the AI function calls through interface
// endpoints, so that those calls never leave the VPC.
var AIEndpointServices = []string{"polly", "translate"}

// ML storage prefixes: model artifacts the AI service reads, inference records it
// writes, de-identified training data the training role reads.
const (
	MLModelsPrefix    = "models/"
	MLInferencePrefix = "inference/"
	MLDatasetsPrefix  = "datasets/"
)

// aiVendorAPIsReason is why the AI function's own security group may reach the
// internet on 443: an auditor reads it in the compliance report.
const aiVendorAPIsReason = "The AI service calls the outside AI vendors' HTTPS APIs (OpenAI api.openai.com, Azure Speech *.cognitive.microsoft.com, " +
	"Google Cloud Vision vision.googleapis.com), whose addresses are not fixed; only this group, attached to the AI function and the vendor-key " +
	"rotation function, has it; TLS is enforced by the vendors, every vendor has a BAA (ai-vendor-baa) and its credential is in a CMK-encrypted secret"

// Phase4 is the AI stack: the AI service with its outside vendors' credentials, ML
// storage, and the rotation of every secret the product creates. It references phase 1
// (network, keys, boundary, API, authorizer, alert topic).
type Phase4 struct {
	*Base
	Phase1 *Phase1
	// DR is the AWS provider of the disaster-recovery region (production only).
	DR awsprovider.AwsProvider
	// Keys: the AI service (environment, queue, vendor secrets); ML storage; the DR
	// copies of both (production only).
	AIKey, MLKey, DRAIKey, DRMLKey *security.Key
	// AISecurityGroup is the only group with internet egress (443, the vendors' APIs).
	AISecurityGroup securitygroup.SecurityGroup
	// VendorSecrets by vendor (enabled vendors only).
	VendorSecrets map[string]*secrets.Secret
	MLStorage     *storage.Bucket
	DRMLStorage   *storage.Bucket
	AccessLogs    *storage.AccessLogBucket
	AI            *compute.Function
	TrainingRole  *security.Role
	// VendorRotator rotates the vendors' credentials every rotation.vendorKeyDays days.
	VendorRotator *rotation.Rotator
	// Monitoring is the environment's advanced monitoring (AddMonitoring).
	Monitoring *Monitoring
}

// VendorRotatorName names the vendor-key rotation function ("<prefix>-rotate-vendor-keys").
const VendorRotatorName = "rotate-vendor-keys"

// openAIAdmin names the secret holding the OpenAI organization admin key: only the
// rotation function reads it (it creates and deletes the AI service's OpenAI key).
const openAIAdmin = "openai-admin"

// NewPhase4 builds the phase 4 stack on top of phase 1.
func NewPhase4(scope constructs.Construct, env *config.Environment, p1 *Phase1) (*Phase4, error) {
	base := NewBase(scope, IDPhase4, env, BaseOptions{})
	base.Stack.AddDependency(p1.Stack)
	p := &Phase4{Base: base, Phase1: p1, VendorSecrets: map[string]*secrets.Secret{}}
	st, names, acct := base.Stack, base.Names, env.AWS.AccountID
	if env.IsProduction() {
		p.DR = base.AliasedProvider("dr", env.AWS.DRRegion)
	}
	roles, roleArns, err := serviceRoles(st, names, acct, p1.Boundary.Arn(), []string{"ai"})
	if err != nil {
		return nil, err
	}
	p.TrainingRole, err = security.NewRole(st, "TrainingRole", security.RoleProps{
		Name: names.Name("ml-training"), AssumedBy: "sagemaker.amazonaws.com", AccountID: acct, BoundaryArn: p1.Boundary.Arn(),
	})
	if err != nil {
		return nil, err
	}
	// The vendor-key rotation function's role: created before the key that names it.
	rotatorRole, err := rotation.NewRole(st, "RotateVendorKeysRole", names, VendorRotatorName, acct, p1.RotationBoundary.Arn())
	if err != nil {
		return nil, err
	}
	if err := p.keys(append(roleArns, *rotatorRole.Arn()), *p.TrainingRole.Arn()); err != nil {
		return nil, err
	}
	if err := p.mlStorage(); err != nil {
		return nil, err
	}
	p.network()
	if err := p.vendorSecrets(roles["ai"], rotatorRole); err != nil {
		return nil, err
	}
	if err := p.aiService(roles["ai"]); err != nil {
		return nil, err
	}
	if err := p.rotateVendorKeys(rotatorRole); err != nil {
		return nil, err
	}

	output(st, "database_rotation_days", "Every database credential (migrator and services, phases 1 and 2) rotates after this many days", env.Rotation.DatabaseDays, false)
	output(st, "vendor_key_rotation_days", "Every AI vendor credential rotates after this many days", env.Rotation.VendorKeyDays, false)
	output(st, "ml_bucket_name", "Name of the ML storage bucket (models/, inference/, datasets/), <prefix>-ml-<account>", p.MLStorage.Name(), false)
	output(st, "ml_bucket_arn", "ARN of the ML storage bucket", p.MLStorage.Arn(), false)
	for _, v := range env.EnabledAIVendors() {
		id := strings.ReplaceAll(v, "-", "_")
		output(st, id+"_secret_arn", fmt.Sprintf("ARN of the secret holding the %s credential (the value is put by an operator or the rotation function, never output)", v), p.VendorSecrets[v].Arn(), false)
		output(st, id+"_baa_in_place", fmt.Sprintf("Whether config declares a business associate agreement with %s", v), env.AI.Vendors[v].BAAInPlace, false)
	}
	return p, nil
}

// keys creates phase 4's customer-managed keys; each policy names its users.
func (p *Phase4) keys(serviceRoles []string, trainingRole string) error {
	env, names, acct, part := p.Env, p.Names, p.Env.AWS.AccountID, p.Env.AWS.Partition()
	deployer := env.AWS.DeployRoleArn
	var err error
	if p.AIKey, err = security.NewKey(p.Stack, "AiKey", security.KeyProps{
		Alias: names.Alias("ai"), Description: "Encrypts the AI service's environment, dead-letter queue and its vendors' credentials",
		AccountID: acct, Partition: part, Users: append([]string{deployer}, serviceRoles...),
	}); err != nil {
		return err
	}
	mlUsers := append(append([]string{deployer}, serviceRoles...), trainingRole)
	if p.DR != nil {
		mlUsers = append(mlUsers, p.mlReplicationRoleArn())
	}
	if p.MLKey, err = security.NewKey(p.Stack, "MlKey", security.KeyProps{
		Alias: names.Alias("ml"), Description: "Encrypts ML storage: model artifacts, inference records, de-identified training data",
		AccountID: acct, Partition: part, Users: mlUsers,
	}); err != nil {
		return err
	}
	if p.DR != nil {
		if p.DRAIKey, err = security.NewKey(p.Stack, "DrAiKey", security.KeyProps{
			Alias: names.Alias("ai-dr"), Description: "Encrypts the DR replicas of the AI vendors' credentials",
			AccountID: acct, Partition: part, Users: append([]string{deployer}, serviceRoles...), Provider: p.DR,
		}); err != nil {
			return err
		}
		if p.DRMLKey, err = security.NewKey(p.Stack, "DrMlKey", security.KeyProps{
			Alias: names.Alias("ml-dr"), Description: "Encrypts the DR replica of ML storage",
			AccountID: acct, Partition: part, Users: []string{deployer, p.mlReplicationRoleArn()}, Provider: p.DR,
		}); err != nil {
			return err
		}
	}
	return nil
}

func (p *Phase4) mlReplicationRoleArn() string {
	return fmt.Sprintf("arn:%s:iam::%s:role/%s", p.Env.AWS.Partition(), p.Env.AWS.AccountID, p.Names.Name("ml-replication"))
}

// MLBucketName is the ML storage bucket's name; phase 2's trail records its data events.
func MLBucketName(env *config.Environment) string {
	return naming.New(env.NamePrefix, env.AWS.AccountID).BucketName("ml")
}

// laterPHIBuckets are the names of the patient-data buckets of phases after 2, whose
// data events phase 2's trail records.
func laterPHIBuckets(env *config.Environment) []string {
	names := []string{MLBucketName(env)}
	if env.IsProduction() {
		names = append(names, mlDRBucketName(env))
	}
	return names
}

// mlDRBucketName is the ML storage replica's name (production).
func mlDRBucketName(env *config.Environment) string {
	return naming.New(env.NamePrefix, env.AWS.AccountID).BucketName("ml-dr")
}

// mlStorage creates the ML bucket: inference records are PHI, so it is protected like
// the documents (Object Lock, data events, replication in production); datasets and
// models move to Intelligent-Tiering.
func (p *Phase4) mlStorage() error {
	env, names := p.Env, p.Names
	lock := &storage.ObjectLock{Mode: env.Documents.ObjectLockMode, Days: env.Retention.DataDays}
	bucket := func(id, name, logsID, logsName string, key *security.Key, provider cdktf.TerraformProvider) (*storage.Bucket, *storage.AccessLogBucket, error) {
		logs, err := storage.NewAccessLogBucket(p.Stack, logsID, storage.AccessLogBucketProps{
			BucketName: names.BucketName(logsName), AccountID: env.AWS.AccountID, RetentionDays: env.Retention.AuditLogDays, Provider: provider,
		})
		if err != nil {
			return nil, nil, err
		}
		b, err := storage.NewBucket(p.Stack, id, storage.BucketProps{
			BucketName: name, EncryptionKey: key,
			AccessLogs:                      storage.AccessLogTarget{Bucket: logs, Prefix: "ml/"},
			NoncurrentVersionExpirationDays: env.Retention.DataDays,
			ObjectLock:                      lock, Tags: storage.PHITags,
			Transitions:      []storage.Transition{{Days: 1, StorageClass: "INTELLIGENT_TIERING"}},
			PolicyStatements: []iam.Statement{protectVersions(env.AWS.Partition(), name, env.AWS.DeployRoleArn)},
			Provider:         provider,
		})
		return b, logs, err
	}
	var err error
	if p.MLStorage, p.AccessLogs, err = bucket("MlStorage", MLBucketName(env), "AccessLogs", "ml-access-logs", p.MLKey, nil); err != nil || p.DR == nil {
		return err
	}
	replication, err := storage.NewReplicationRole(p.Stack, "MlReplicationRole", storage.ReplicationRoleProps{
		Name: names.Name("ml-replication"), AccountID: env.AWS.AccountID, Partition: env.AWS.Partition(),
		SourceBucket: MLBucketName(env), DestinationBucket: mlDRBucketName(env),
	})
	if err != nil {
		return err
	}
	if p.DRMLStorage, _, err = bucket("DrMlStorage", mlDRBucketName(env), "DrAccessLogs", "ml-access-logs-dr", p.DRMLKey, p.DR); err != nil {
		return err
	}
	compliance.Suppress(p.DRMLStorage.Bucket, "s3-replication",
		"This bucket is the disaster-recovery replica of ML storage; replicating it again would only copy the copy")
	return p.MLStorage.ReplicateTo("Replication", storage.ReplicationProps{
		Destination: p.DRMLStorage, Role: replication, SourceRegion: env.AWS.Region, DestinationRegion: env.AWS.DRRegion,
	})
}

// network adds the AI service's security group (the only one with internet egress, on
// 443, for the vendors' APIs) and interface endpoints for Polly and Translate to phase
// 1's VPC.
func (p *Phase4) network() {
	env, names, n := p.Env, p.Names, p.Phase1.Network
	sg := securitygroup.NewSecurityGroup(p.Stack, jsii.String("AiSecurityGroup"), &securitygroup.SecurityGroupConfig{
		Name: jsii.String(names.Name("ai-egress")), Description: jsii.String("AI service: HTTPS to the outside AI vendors' APIs"),
		VpcId: n.VPCID,
	})
	egress := vpcsecuritygroupegressrule.NewVpcSecurityGroupEgressRule(p.Stack, jsii.String("AiEgressVendors"), &vpcsecuritygroupegressrule.VpcSecurityGroupEgressRuleConfig{
		SecurityGroupId: sg.Id(), IpProtocol: jsii.String("tcp"), FromPort: jsii.Number(443), ToPort: jsii.Number(443),
		CidrIpv4: jsii.String("0.0.0.0/0"), Description: jsii.String("HTTPS to the AI vendors' APIs (through NAT)"),
	})
	compliance.Suppress(egress, "sg-internet-egress-justified", aiVendorAPIsReason)
	p.AISecurityGroup = sg
	for _, svc := range AIEndpointServices {
		vpcendpoint.NewVpcEndpoint(p.Stack, jsii.String("Endpoint"+naming.Pascal(svc)), &vpcendpoint.VpcEndpointConfig{
			VpcId: n.VPCID, ServiceName: jsii.String(fmt.Sprintf("com.amazonaws.%s.%s", env.AWS.Region, svc)),
			VpcEndpointType: jsii.String("Interface"), PrivateDnsEnabled: jsii.Bool(true),
			SubnetIds: &n.PrivateSubnetIDs, SecurityGroupIds: &[]*string{n.EndpointSecurityGroup.Id()},
			Tags: &map[string]*string{"Name": jsii.String(names.Name("endpoint", svc))},
		})
	}
}

// vendorSecrets creates one secret per enabled vendor (and, with OpenAI, the admin key
// that mints its keys): no value (an operator or the rotation function puts it), the AI
// key, replicas in the DR region in production, and a resource policy that lets only
// the AI role and the rotation function read it (the admin key: the rotation function
// only).
func (p *Phase4) vendorSecrets(ai, rotator *security.Role) error {
	env, names := p.Env, p.Names
	vendors := env.EnabledAIVendors()
	if env.AI.Vendors["openai"].Enabled {
		vendors = append(vendors, openAIAdmin)
	}
	for _, v := range vendors {
		vendor, readers := v, []string{*ai.Arn(), *rotator.Arn()}
		if v == openAIAdmin {
			vendor, readers = "openai", []string{*rotator.Arn()}
		}
		props := secrets.SecretProps{
			Name: names.Path("ai", v), Description: fmt.Sprintf("Credential of the AI service at %s (rotated every %d days)", v, env.Rotation.VendorKeyDays),
			Key: p.AIKey, Region: env.AWS.Region, Readers: readers,
			Tags: map[string]string{compliance.VendorTag: vendor, compliance.BAATag: fmt.Sprint(env.AI.Vendors[vendor].BAAInPlace)},
		}
		if p.DR != nil {
			props.Replicas = []secrets.Replica{{Region: env.AWS.DRRegion, Key: p.DRAIKey}}
		}
		s, err := secrets.NewSecret(p.Stack, "Vendor"+naming.Pascal(v), props)
		if err != nil {
			return err
		}
		p.VendorSecrets[v] = s
	}
	return nil
}

// rotateVendorKeys builds the vendor-key rotation function (lambdas/rotate-vendor-keys,
// in the AI egress group: it calls the vendors' key APIs) and rotates every vendor
// secret every rotation.vendorKeyDays days.
func (p *Phase4) rotateVendorKeys(role *security.Role) error {
	env, names, p1 := p.Env, p.Names, p.Phase1
	zip, err := artifact.Build("./lambdas/" + VendorRotatorName)
	if err != nil {
		return err
	}
	if p.VendorRotator, err = rotation.NewRotator(p.Stack, "RotateVendorKeys", rotation.RotatorProps{
		Name: VendorRotatorName, Package: &zip, Names: names, EnvironmentName: env.Name,
		AccountID: env.AWS.AccountID, Partition: env.AWS.Partition(), LogRetentionDays: env.Retention.LogDays,
		BoundaryArn: p1.RotationBoundary.Arn(), Network: p1.Network, DataKey: p.AIKey, LogsKey: p1.LogsKey,
		SecurityGroupIDs: []*string{p1.Network.FunctionSecurityGroup.Id(), p.AISecurityGroup.Id()},
		Alerts:           p1.Alerts, Role: role,
	}); err != nil {
		return err
	}
	for _, v := range slices.Sorted(maps.Keys(p.VendorSecrets)) {
		if err := p.VendorRotator.Rotate(p.VendorSecrets[v], naming.Pascal(v)+"Key", env.Rotation.VendorKeyDays); err != nil {
			return err
		}
	}
	if admin, ok := p.VendorSecrets[openAIAdmin]; ok {
		// The OpenAI strategy reads the admin key to mint and delete the service's key.
		if err := admin.GrantRead(role, "ReadOpenaiAdminKey"); err != nil {
			return err
		}
	}
	return nil
}

// aiService creates the AI function in the private subnets with the function group and
// the AI egress group, its routes behind the authorizer, and its grants: its vendors'
// secrets, ML storage (reads models/, writes inference/), Polly and Translate.
func (p *Phase4) aiService(role *security.Role) error {
	env, names, p1 := p.Env, p.Names, p.Phase1
	vars := map[string]*string{"ML_BUCKET_NAME": p.MLStorage.Name()}
	for _, v := range env.EnabledAIVendors() {
		vars[strings.ToUpper(strings.ReplaceAll(v, "-", "_"))+"_SECRET_ARN"] = p.VendorSecrets[v].Arn()
	}
	fn, err := compute.NewFunction(p.Stack, "ServiceAi", compute.FunctionProps{
		Service: "ai", Config: env.Services["ai"], Env: env, Names: names, Network: p1.Network,
		DataKey: p.AIKey, LogsKey: p1.LogsKey, Role: role, Environment: vars,
		SecurityGroupIDs: []*string{p1.Network.FunctionSecurityGroup.Id(), p.AISecurityGroup.Id()},
	})
	if err != nil {
		return err
	}
	p.AI = fn
	for _, v := range env.EnabledAIVendors() {
		if err := p.VendorSecrets[v].GrantRead(role, "Read"+naming.Pascal(v)+"Secret"); err != nil {
			return err
		}
	}
	if err := p.MLStorage.GrantRead(role, "ReadModels", MLModelsPrefix); err != nil {
		return err
	}
	if err := p.MLStorage.GrantReadWrite(role, "WriteInference", MLInferencePrefix); err != nil {
		return err
	}
	if err := p.MLStorage.GrantRead(p.TrainingRole, "ReadDatasets", MLDatasetsPrefix); err != nil {
		return err
	}
	// Polly's SynthesizeSpeech and Translate's TranslateText are authorized on
	// Resource "*" only (they act on the request's text, not on an account resource;
	// lexicons and custom terminologies are not used).
	if err := role.Grant("SpeechAndTranslation", iam.Statement{
		Sid: "SynthesizeAndTranslate", Effect: "Allow", Action: iam.Strings{"polly:SynthesizeSpeech", "translate:TranslateText"},
		Resource: iam.Strings{"*"}, WildcardReason: "Polly SynthesizeSpeech and Translate TranslateText have no resource-level permissions for plain text",
	}); err != nil {
		return err
	}
	if err := p1.API.AddRoutes("ApiAi", api.RouteProps{Scope: p.Stack, RouteKeys: AIRoutes, Function: fn, Authorizer: p1.Authorizer}); err != nil {
		return err
	}
	return nil
}
