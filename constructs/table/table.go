// Package table holds the DynamoDB tables of the platform's patient data: encrypted
// with a customer-managed key of this product, point-in-time recovery on, deletion
// protection on and lifecycle.prevent_destroy, tagged as PHI, on-demand or provisioned
// with target-tracking autoscaling of reads and writes on the table and every global
// secondary index. Grants add the table, index and key statements together.
//
//	billing       capacity                         autoscaling
//	on-demand     pay per request                  none (DynamoDB scales itself)
//	provisioned   Min read and write units         table + each GSI, reads and writes,
//	              at creation                      target tracking at TargetUtilization
package table

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/appautoscalingpolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/appautoscalingtarget"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dynamodbtable"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/security"
)

// Billing modes.
const (
	OnDemand    = "on-demand"
	Provisioned = "provisioned"
)

// AttributeTypes are DynamoDB's key attribute types: string, number, binary.
var AttributeTypes = []string{"S", "N", "B"}

// Key is a key attribute: its name and DynamoDB type (S, N or B).
type Key struct {
	Name string
	Type string
}

// Index is a global secondary index, projecting all attributes.
type Index struct {
	// Name of the index, e.g. "by-patient".
	Name string
	// PartitionKey is required; SortKey is optional.
	PartitionKey Key
	SortKey      *Key
}

// Scaling is the provisioned capacity of a table and each of its indexes, for reads
// and writes alike.
type Scaling struct {
	// Min and Max bound the capacity units (the platform: 10 and 1000 in production).
	Min, Max int
	// TargetUtilization is the consumed/provisioned percentage target tracking holds
	// (the platform: 70).
	TargetUtilization int
}

// Props configures a table.
type Props struct {
	// Name is the table's name, e.g. "hh-prod-appointments". Required.
	Name string
	// PartitionKey is required; SortKey is optional.
	PartitionKey Key
	SortKey      *Key
	// Indexes are the global secondary indexes. Default: none.
	Indexes []Index
	// TTLAttribute names the attribute holding each item's expiry (epoch seconds).
	// Default: empty, items never expire.
	TTLAttribute string
	// Billing is OnDemand or Provisioned. Required.
	Billing string
	// Scaling is required with Provisioned billing and must be nil with OnDemand.
	Scaling *Scaling
	// Key encrypts the table (a customer-managed key of this product). Required.
	Key *security.Key
	// AllowDestroy lets Terraform destroy the table. Default: false: deletion
	// protection is on and the table carries lifecycle.prevent_destroy.
	AllowDestroy bool
}

// Table is a DynamoDB table and its autoscaling.
type Table struct {
	Scope constructs.Construct
	Table dynamodbtable.DynamodbTable
	Key   *security.Key
	// Props are the validated props the table was built from.
	Props Props
}

var (
	tableNameRE = regexp.MustCompile(`^[A-Za-z0-9_.-]{3,255}$`)
	indexNameRE = regexp.MustCompile(`^[A-Za-z0-9_.-]{3,255}$`)
	attrNameRE  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,254}$`)
)

// New creates the table.
func New(scope constructs.Construct, id string, props Props) (*Table, error) {
	if err := props.validate(); err != nil {
		return nil, fmt.Errorf("table.New %s: %w", id, err)
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	provisioned := props.Billing == Provisioned

	attrs := map[string]string{props.PartitionKey.Name: props.PartitionKey.Type}
	if props.SortKey != nil {
		attrs[props.SortKey.Name] = props.SortKey.Type
	}
	var gsis []*dynamodbtable.DynamodbTableGlobalSecondaryIndex
	for _, ix := range props.Indexes {
		attrs[ix.PartitionKey.Name] = ix.PartitionKey.Type
		g := &dynamodbtable.DynamodbTableGlobalSecondaryIndex{
			Name: jsii.String(ix.Name), HashKey: jsii.String(ix.PartitionKey.Name), ProjectionType: jsii.String("ALL"),
		}
		if ix.SortKey != nil {
			attrs[ix.SortKey.Name] = ix.SortKey.Type
			g.RangeKey = jsii.String(ix.SortKey.Name)
		}
		if provisioned {
			g.ReadCapacity, g.WriteCapacity = jsii.Number(float64(props.Scaling.Min)), jsii.Number(float64(props.Scaling.Min))
		}
		gsis = append(gsis, g)
	}
	var attributes []*dynamodbtable.DynamodbTableAttribute
	for _, name := range slices.Sorted(maps.Keys(attrs)) {
		attributes = append(attributes, &dynamodbtable.DynamodbTableAttribute{Name: jsii.String(name), Type: jsii.String(attrs[name])})
	}

	cfg := &dynamodbtable.DynamodbTableConfig{
		Name:                      jsii.String(props.Name),
		HashKey:                   jsii.String(props.PartitionKey.Name),
		Attribute:                 attributes,
		BillingMode:               jsii.String("PAY_PER_REQUEST"),
		DeletionProtectionEnabled: jsii.Bool(!props.AllowDestroy),
		PointInTimeRecovery:       &dynamodbtable.DynamodbTablePointInTimeRecovery{Enabled: jsii.Bool(true)},
		ServerSideEncryption:      &dynamodbtable.DynamodbTableServerSideEncryption{Enabled: jsii.Bool(true), KmsKeyArn: props.Key.Arn()},
		Tags:                      &map[string]*string{"phi": jsii.String("true")},
		Lifecycle:                 &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(!props.AllowDestroy)},
	}
	if props.SortKey != nil {
		cfg.RangeKey = jsii.String(props.SortKey.Name)
	}
	if len(gsis) > 0 {
		cfg.GlobalSecondaryIndex = gsis
	}
	if props.TTLAttribute != "" {
		cfg.Ttl = &dynamodbtable.DynamodbTableTtl{AttributeName: jsii.String(props.TTLAttribute), Enabled: jsii.Bool(true)}
	}
	if provisioned {
		cfg.BillingMode = jsii.String("PROVISIONED")
		cfg.ReadCapacity, cfg.WriteCapacity = jsii.Number(float64(props.Scaling.Min)), jsii.Number(float64(props.Scaling.Min))
		// Autoscaling owns the capacity from here on: a plan must not reset it.
		ignore := []*string{jsii.String("read_capacity"), jsii.String("write_capacity")}
		if len(gsis) > 0 {
			ignore = append(ignore, jsii.String("global_secondary_index"))
		}
		cfg.Lifecycle.IgnoreChanges = &ignore
	}
	t := &Table{Scope: c, Table: dynamodbtable.NewDynamodbTable(c, jsii.String("Table"), cfg), Key: props.Key, Props: props}

	if provisioned {
		t.autoscale("Table", "table/"+props.Name, "table")
		for _, ix := range props.Indexes {
			t.autoscale("Index"+naming.Pascal(ix.Name), "table/"+props.Name+"/index/"+ix.Name, "index")
		}
	}
	return t, nil
}

// autoscale adds read and write target tracking to one table or index.
func (t *Table) autoscale(id, resourceID, kind string) {
	s := t.Props.Scaling
	for _, dim := range []struct{ name, unit, metric string }{
		{"Read", "ReadCapacityUnits", "DynamoDBReadCapacityUtilization"},
		{"Write", "WriteCapacityUnits", "DynamoDBWriteCapacityUtilization"},
	} {
		target := appautoscalingtarget.NewAppautoscalingTarget(t.Scope, jsii.String(id+dim.name+"Target"), &appautoscalingtarget.AppautoscalingTargetConfig{
			ServiceNamespace: jsii.String("dynamodb"), ResourceId: jsii.String(resourceID),
			ScalableDimension: jsii.String("dynamodb:" + kind + ":" + dim.unit),
			MinCapacity:       jsii.Number(float64(s.Min)), MaxCapacity: jsii.Number(float64(s.Max)),
			DependsOn: &[]cdktf.ITerraformDependable{t.Table},
		})
		appautoscalingpolicy.NewAppautoscalingPolicy(t.Scope, jsii.String(id+dim.name+"Policy"), &appautoscalingpolicy.AppautoscalingPolicyConfig{
			Name:              jsii.String(strings.ReplaceAll(resourceID, "/", "-") + "-" + strings.ToLower(dim.name)),
			PolicyType:        jsii.String("TargetTrackingScaling"),
			ServiceNamespace:  target.ServiceNamespace(),
			ResourceId:        target.ResourceId(),
			ScalableDimension: target.ScalableDimension(),
			TargetTrackingScalingPolicyConfiguration: &appautoscalingpolicy.AppautoscalingPolicyTargetTrackingScalingPolicyConfiguration{
				TargetValue: jsii.Number(float64(s.TargetUtilization)),
				PredefinedMetricSpecification: &appautoscalingpolicy.AppautoscalingPolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecification{
					PredefinedMetricType: jsii.String(dim.metric),
				},
			},
		})
	}
}

// Name is the table's name (a Terraform reference).
func (t *Table) Name() *string { return t.Table.Name() }

// Arn is the table's ARN (a Terraform reference).
func (t *Table) Arn() *string { return t.Table.Arn() }

// Read and write actions on items. Neither set includes table management, deletion of
// the table, backups, exports or streams.
var (
	readActions  = []string{"dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"}
	writeActions = []string{"dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:UpdateItem"}
)

// GrantReadData lets the role read items of the table and its indexes, and decrypt
// them with the table's key through DynamoDB only.
func (t *Table) GrantReadData(role *security.Role, id string) error {
	return t.grant(role, id, true, false)
}

// GrantWriteData lets the role write and delete items (not the table), encrypting with
// the table's key through DynamoDB only.
func (t *Table) GrantWriteData(role *security.Role, id string) error {
	return t.grant(role, id, false, true)
}

// GrantReadWriteData is GrantReadData and GrantWriteData together.
func (t *Table) GrantReadWriteData(role *security.Role, id string) error {
	return t.grant(role, id, true, true)
}

func (t *Table) grant(role *security.Role, id string, read, write bool) error {
	if role == nil {
		return fmt.Errorf("table.Grant %s: role is required", id)
	}
	var actions, keyActions []string
	if read {
		actions = append(actions, readActions...)
		keyActions = append(keyActions, "kms:Decrypt", "kms:DescribeKey")
	}
	if write {
		actions = append(actions, writeActions...)
		keyActions = append(keyActions, "kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey")
	}
	slices.Sort(actions)
	slices.Sort(keyActions)
	keyActions = slices.Compact(keyActions)
	arn := *t.Arn()
	return role.Grant(id,
		iam.Allow("Items", actions, []string{arn, arn + "/index/*"}),
		// DynamoDB calls KMS on the role's behalf with the table as encryption context.
		iam.Statement{Sid: "TableKey", Effect: "Allow", Action: keyActions, Resource: iam.Strings{*t.Key.Arn()},
			Condition: iam.Conditions{"StringLike": {"kms:ViaService": {"dynamodb.*.amazonaws.com"}}}},
	)
}

func (p Props) validate() error {
	var problems []string
	if !tableNameRE.MatchString(p.Name) {
		problems = append(problems, fmt.Sprintf("Name %q: must be 3 to 255 letters, digits, _ . -", p.Name))
	}
	checkKey := func(field string, k Key) {
		if !attrNameRE.MatchString(k.Name) {
			problems = append(problems, fmt.Sprintf("%s.Name %q: must be an attribute name (letters, digits, _)", field, k.Name))
		}
		if !slices.Contains(AttributeTypes, k.Type) {
			problems = append(problems, fmt.Sprintf("%s.Type %q: must be one of %s", field, k.Type, strings.Join(AttributeTypes, ", ")))
		}
	}
	checkKey("PartitionKey", p.PartitionKey)
	if p.SortKey != nil {
		checkKey("SortKey", *p.SortKey)
	}
	types := map[string]string{}
	seen := map[string]bool{}
	for i, ix := range p.Indexes {
		field := fmt.Sprintf("Indexes[%d]", i)
		if !indexNameRE.MatchString(ix.Name) || seen[ix.Name] {
			problems = append(problems, fmt.Sprintf("%s.Name %q: must be a unique index name of 3 to 255 letters, digits, _ . -", field, ix.Name))
		}
		seen[ix.Name] = true
		checkKey(field+".PartitionKey", ix.PartitionKey)
		if ix.SortKey != nil {
			checkKey(field+".SortKey", *ix.SortKey)
		}
	}
	// One attribute has one type wherever it is a key.
	all := []Key{p.PartitionKey}
	if p.SortKey != nil {
		all = append(all, *p.SortKey)
	}
	for _, ix := range p.Indexes {
		all = append(all, ix.PartitionKey)
		if ix.SortKey != nil {
			all = append(all, *ix.SortKey)
		}
	}
	for _, k := range all {
		if t, ok := types[k.Name]; ok && t != k.Type {
			problems = append(problems, fmt.Sprintf("key attribute %q: declared as both %s and %s", k.Name, t, k.Type))
		}
		types[k.Name] = k.Type
	}
	if p.TTLAttribute != "" {
		if !attrNameRE.MatchString(p.TTLAttribute) {
			problems = append(problems, fmt.Sprintf("TTLAttribute %q: must be an attribute name", p.TTLAttribute))
		} else if _, isKey := types[p.TTLAttribute]; isKey {
			problems = append(problems, fmt.Sprintf("TTLAttribute %q: must not be a key attribute", p.TTLAttribute))
		}
	}
	switch p.Billing {
	case OnDemand:
		if p.Scaling != nil {
			problems = append(problems, "Scaling: must be nil with on-demand billing")
		}
	case Provisioned:
		s := p.Scaling
		switch {
		case s == nil:
			problems = append(problems, "Scaling: is required with provisioned billing")
		case s.Min < 1 || s.Max < s.Min:
			problems = append(problems, fmt.Sprintf("Scaling %d..%d: needs 1 <= Min <= Max", s.Min, s.Max))
		case s.TargetUtilization < 20 || s.TargetUtilization > 90:
			problems = append(problems, fmt.Sprintf("Scaling.TargetUtilization %d: must be from 20 to 90 percent (DynamoDB's range)", s.TargetUtilization))
		}
	default:
		problems = append(problems, fmt.Sprintf("Billing %q: must be %q or %q", p.Billing, OnDemand, Provisioned))
	}
	if p.Key == nil {
		problems = append(problems, "Key: is required (a customer-managed key of this product)")
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s", strings.Join(problems, "; "))
	}
	return nil
}
