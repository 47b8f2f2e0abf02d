package compliance

import (
	"encoding/json"
	"fmt"

	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// CheckStacks runs the pack on the resolved Terraform of the stacks of one environment,
// together, as synthesis will write them. It is what the app runs before synthesizing, and what the tests run.
func CheckStacks(stacks []cdktf.TerraformStack) ([]Finding, error) {
	var parsed []*Stack
	for _, st := range stacks {
		raw, err := json.Marshal(st.ToTerraform())
		if err != nil {
			return nil, fmt.Errorf("reading stack %s: %w", *st.Node().Id(), err)
		}
		s, err := ParseStackJSON(*st.Node().Id(), raw)
		if err != nil {
			return nil, err
		}
		parsed = append(parsed, s)
	}
	return CheckEnv(NewEnv(parsed...), HIPAAPack), nil
}
