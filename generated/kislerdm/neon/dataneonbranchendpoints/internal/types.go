package internal
import (
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)
type Type__cdktfTerraformDataSource = cdktf.TerraformDataSource
type Type__cdktfComplexList = cdktf.ComplexList
type Type__cdktfComplexObject = cdktf.ComplexObject
