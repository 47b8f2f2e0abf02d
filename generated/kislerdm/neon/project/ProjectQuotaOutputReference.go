package project

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/healthhub/platform-infra/generated/kislerdm/neon/jsii"

	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/healthhub/platform-infra/generated/kislerdm/neon/project/internal"
)

type ProjectQuotaOutputReference interface {
	cdktf.ComplexObject
	ActiveTimeSeconds() *float64
	SetActiveTimeSeconds(val *float64)
	ActiveTimeSecondsInput() *float64
	// the index of the complex object in a list.
	// Experimental.
	ComplexObjectIndex() interface{}
	// Experimental.
	SetComplexObjectIndex(val interface{})
	// set to true if this item is from inside a set and needs tolist() for accessing it set to "0" for single list items.
	// Experimental.
	ComplexObjectIsFromSet() *bool
	// Experimental.
	SetComplexObjectIsFromSet(val *bool)
	ComputeTimeSeconds() *float64
	SetComputeTimeSeconds(val *float64)
	ComputeTimeSecondsInput() *float64
	// The creation stack of this resolvable which will be appended to errors thrown during resolution.
	//
	// If this returns an empty array the stack will not be attached.
	// Experimental.
	CreationStack() *[]*string
	DataTransferBytes() *float64
	SetDataTransferBytes(val *float64)
	DataTransferBytesInput() *float64
	// Experimental.
	Fqn() *string
	InternalValue() *ProjectQuota
	SetInternalValue(val *ProjectQuota)
	LogicalSizeBytes() *float64
	SetLogicalSizeBytes(val *float64)
	LogicalSizeBytesInput() *float64
	// Experimental.
	TerraformAttribute() *string
	// Experimental.
	SetTerraformAttribute(val *string)
	// Experimental.
	TerraformResource() cdktf.IInterpolatingParent
	// Experimental.
	SetTerraformResource(val cdktf.IInterpolatingParent)
	WrittenDataBytes() *float64
	SetWrittenDataBytes(val *float64)
	WrittenDataBytesInput() *float64
	// Experimental.
	ComputeFqn() *string
	// Experimental.
	GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{}
	// Experimental.
	GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable
	// Experimental.
	GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool
	// Experimental.
	GetListAttribute(terraformAttribute *string) *[]*string
	// Experimental.
	GetNumberAttribute(terraformAttribute *string) *float64
	// Experimental.
	GetNumberListAttribute(terraformAttribute *string) *[]*float64
	// Experimental.
	GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64
	// Experimental.
	GetStringAttribute(terraformAttribute *string) *string
	// Experimental.
	GetStringMapAttribute(terraformAttribute *string) *map[string]*string
	// Experimental.
	InterpolationAsList() cdktf.IResolvable
	// Experimental.
	InterpolationForAttribute(property *string) cdktf.IResolvable
	ResetActiveTimeSeconds()
	ResetComputeTimeSeconds()
	ResetDataTransferBytes()
	ResetLogicalSizeBytes()
	ResetWrittenDataBytes()
	// Produce the Token's value at resolution time.
	// Experimental.
	Resolve(_context cdktf.IResolveContext) interface{}
	// Return a string representation of this resolvable object.
	//
	// Returns a reversible string representation.
	// Experimental.
	ToString() *string
}

// The jsii proxy struct for ProjectQuotaOutputReference
type jsiiProxy_ProjectQuotaOutputReference struct {
	internal.Type__cdktfComplexObject
}

func (j *jsiiProxy_ProjectQuotaOutputReference) ActiveTimeSeconds() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"activeTimeSeconds",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) ActiveTimeSecondsInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"activeTimeSecondsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) ComplexObjectIndex() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"complexObjectIndex",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) ComplexObjectIsFromSet() *bool {
	var returns *bool
	_jsii_.Get(
		j,
		"complexObjectIsFromSet",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) ComputeTimeSeconds() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"computeTimeSeconds",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) ComputeTimeSecondsInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"computeTimeSecondsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) CreationStack() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"creationStack",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) DataTransferBytes() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"dataTransferBytes",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) DataTransferBytesInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"dataTransferBytesInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) Fqn() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fqn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) InternalValue() *ProjectQuota {
	var returns *ProjectQuota
	_jsii_.Get(
		j,
		"internalValue",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) LogicalSizeBytes() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"logicalSizeBytes",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) LogicalSizeBytesInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"logicalSizeBytesInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) TerraformAttribute() *string {
	var returns *string
	_jsii_.Get(
		j,
		"terraformAttribute",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) TerraformResource() cdktf.IInterpolatingParent {
	var returns cdktf.IInterpolatingParent
	_jsii_.Get(
		j,
		"terraformResource",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) WrittenDataBytes() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"writtenDataBytes",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ProjectQuotaOutputReference) WrittenDataBytesInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"writtenDataBytesInput",
		&returns,
	)
	return returns
}


func NewProjectQuotaOutputReference(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) ProjectQuotaOutputReference {
	_init_.Initialize()

	if err := validateNewProjectQuotaOutputReferenceParameters(terraformResource, terraformAttribute); err != nil {
		panic(err)
	}
	j := jsiiProxy_ProjectQuotaOutputReference{}

	_jsii_.Create(
		"neon.project.ProjectQuotaOutputReference",
		[]interface{}{terraformResource, terraformAttribute},
		&j,
	)

	return &j
}

func NewProjectQuotaOutputReference_Override(p ProjectQuotaOutputReference, terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) {
	_init_.Initialize()

	_jsii_.Create(
		"neon.project.ProjectQuotaOutputReference",
		[]interface{}{terraformResource, terraformAttribute},
		p,
	)
}

func (j *jsiiProxy_ProjectQuotaOutputReference)SetActiveTimeSeconds(val *float64) {
	if err := j.validateSetActiveTimeSecondsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"activeTimeSeconds",
		val,
	)
}

func (j *jsiiProxy_ProjectQuotaOutputReference)SetComplexObjectIndex(val interface{}) {
	if err := j.validateSetComplexObjectIndexParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIndex",
		val,
	)
}

func (j *jsiiProxy_ProjectQuotaOutputReference)SetComplexObjectIsFromSet(val *bool) {
	if err := j.validateSetComplexObjectIsFromSetParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIsFromSet",
		val,
	)
}

func (j *jsiiProxy_ProjectQuotaOutputReference)SetComputeTimeSeconds(val *float64) {
	if err := j.validateSetComputeTimeSecondsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"computeTimeSeconds",
		val,
	)
}

func (j *jsiiProxy_ProjectQuotaOutputReference)SetDataTransferBytes(val *float64) {
	if err := j.validateSetDataTransferBytesParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"dataTransferBytes",
		val,
	)
}

func (j *jsiiProxy_ProjectQuotaOutputReference)SetInternalValue(val *ProjectQuota) {
	if err := j.validateSetInternalValueParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"internalValue",
		val,
	)
}

func (j *jsiiProxy_ProjectQuotaOutputReference)SetLogicalSizeBytes(val *float64) {
	if err := j.validateSetLogicalSizeBytesParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"logicalSizeBytes",
		val,
	)
}

func (j *jsiiProxy_ProjectQuotaOutputReference)SetTerraformAttribute(val *string) {
	if err := j.validateSetTerraformAttributeParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformAttribute",
		val,
	)
}

func (j *jsiiProxy_ProjectQuotaOutputReference)SetTerraformResource(val cdktf.IInterpolatingParent) {
	if err := j.validateSetTerraformResourceParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformResource",
		val,
	)
}

func (j *jsiiProxy_ProjectQuotaOutputReference)SetWrittenDataBytes(val *float64) {
	if err := j.validateSetWrittenDataBytesParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"writtenDataBytes",
		val,
	)
}

func (p *jsiiProxy_ProjectQuotaOutputReference) ComputeFqn() *string {
	var returns *string

	_jsii_.Invoke(
		p,
		"computeFqn",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (p *jsiiProxy_ProjectQuotaOutputReference) GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{} {
	if err := p.validateGetAnyMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]interface{}

	_jsii_.Invoke(
		p,
		"getAnyMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_ProjectQuotaOutputReference) GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable {
	if err := p.validateGetBooleanAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		p,
		"getBooleanAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_ProjectQuotaOutputReference) GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool {
	if err := p.validateGetBooleanMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*bool

	_jsii_.Invoke(
		p,
		"getBooleanMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_ProjectQuotaOutputReference) GetListAttribute(terraformAttribute *string) *[]*string {
	if err := p.validateGetListAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *[]*string

	_jsii_.Invoke(
		p,
		"getListAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_ProjectQuotaOutputReference) GetNumberAttribute(terraformAttribute *string) *float64 {
	if err := p.validateGetNumberAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *float64

	_jsii_.Invoke(
		p,
		"getNumberAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_ProjectQuotaOutputReference) GetNumberListAttribute(terraformAttribute *string) *[]*float64 {
	if err := p.validateGetNumberListAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *[]*float64

	_jsii_.Invoke(
		p,
		"getNumberListAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_ProjectQuotaOutputReference) GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64 {
	if err := p.validateGetNumberMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*float64

	_jsii_.Invoke(
		p,
		"getNumberMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_ProjectQuotaOutputReference) GetStringAttribute(terraformAttribute *string) *string {
	if err := p.validateGetStringAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *string

	_jsii_.Invoke(
		p,
		"getStringAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_ProjectQuotaOutputReference) GetStringMapAttribute(terraformAttribute *string) *map[string]*string {
	if err := p.validateGetStringMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*string

	_jsii_.Invoke(
		p,
		"getStringMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_ProjectQuotaOutputReference) InterpolationAsList() cdktf.IResolvable {
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		p,
		"interpolationAsList",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (p *jsiiProxy_ProjectQuotaOutputReference) InterpolationForAttribute(property *string) cdktf.IResolvable {
	if err := p.validateInterpolationForAttributeParameters(property); err != nil {
		panic(err)
	}
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		p,
		"interpolationForAttribute",
		[]interface{}{property},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_ProjectQuotaOutputReference) ResetActiveTimeSeconds() {
	_jsii_.InvokeVoid(
		p,
		"resetActiveTimeSeconds",
		nil, // no parameters
	)
}

func (p *jsiiProxy_ProjectQuotaOutputReference) ResetComputeTimeSeconds() {
	_jsii_.InvokeVoid(
		p,
		"resetComputeTimeSeconds",
		nil, // no parameters
	)
}

func (p *jsiiProxy_ProjectQuotaOutputReference) ResetDataTransferBytes() {
	_jsii_.InvokeVoid(
		p,
		"resetDataTransferBytes",
		nil, // no parameters
	)
}

func (p *jsiiProxy_ProjectQuotaOutputReference) ResetLogicalSizeBytes() {
	_jsii_.InvokeVoid(
		p,
		"resetLogicalSizeBytes",
		nil, // no parameters
	)
}

func (p *jsiiProxy_ProjectQuotaOutputReference) ResetWrittenDataBytes() {
	_jsii_.InvokeVoid(
		p,
		"resetWrittenDataBytes",
		nil, // no parameters
	)
}

func (p *jsiiProxy_ProjectQuotaOutputReference) Resolve(_context cdktf.IResolveContext) interface{} {
	if err := p.validateResolveParameters(_context); err != nil {
		panic(err)
	}
	var returns interface{}

	_jsii_.Invoke(
		p,
		"resolve",
		[]interface{}{_context},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_ProjectQuotaOutputReference) ToString() *string {
	var returns *string

	_jsii_.Invoke(
		p,
		"toString",
		nil, // no parameters
		&returns,
	)

	return returns
}

