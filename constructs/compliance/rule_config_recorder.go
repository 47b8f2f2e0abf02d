package compliance

import (
	"fmt"
	"strings"
)

// ConfigRecorderHardened: an AWS Config recorder is started (an
// aws_config_configuration_recorder_status with is_enabled true), records every
// supported resource type, has a delivery channel in its region, and global resource
// types (IAM) are recorded by some recorder of the environment.
var ConfigRecorderHardened = &Rule{
	ID: "config-recorder-hardened", Controls: []string{"164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(8)"}, Level: Error,
	Types:   []string{"aws_config_configuration_recorder"},
	Problem: "the AWS Config recorder is stopped, has no status resource, records only some resource types, has no delivery channel, or no recorder of the environment records global (IAM) resources",
	Why:     "the configuration history and the HIPAA conformance rules are the evidence that safeguards stayed in place; a recorder that is stopped or blind to some types lets an unsafe change go unnoticed.",
	Fix:     "add an aws_config_configuration_recorder_status (name = the recorder's name, is_enabled = true) and an aws_config_delivery_channel in the same region; keep recording_group all_supported = true (no exclusion_by_resource_types, recording_strategy ALL_SUPPORTED_RESOURCE_TYPES) and include_global_resource_types = true on the primary region's recorder; to record fewer types on purpose, suppress with the reason",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var problems []string
		if ok, detail := opsRecorderRunning(s, r); !ok {
			problems = append(problems, detail)
		}
		if ok, detail := opsRecordsAllTypes(r); !ok {
			problems = append(problems, detail)
		}
		hasChannel := false
		for _, ch := range s.AllOfType("aws_config_delivery_channel") {
			hasChannel = hasChannel || opsRegionKey(ch) == opsRegionKey(r)
		}
		if !hasChannel {
			problems = append(problems, fmt.Sprintf("no aws_config_delivery_channel in %s: the recorder cannot start and delivers nothing", opsRegionName(r)))
		}
		global := false
		for _, rec := range s.AllOfType("aws_config_configuration_recorder") {
			ok, _ := opsRecordsAllTypes(rec)
			global = global || (ok && truthy(dig(rec.Attrs, "recording_group", 0, "include_global_resource_types")))
		}
		if !global {
			problems = append(problems, "no recorder of the environment sets recording_group.include_global_resource_types = true: IAM users, roles and policies are not recorded")
		}
		return verdict(len(problems) == 0, "%s", strings.Join(problems, "; "))
	},
}

// opsRecorderRunning reports whether a recorder has an aws_config_configuration_recorder_status
// in the environment with is_enabled true (a recorder without one is created stopped).
func opsRecorderRunning(s *Stack, r *Resource) (bool, string) {
	statuses := opsAttachedByName(s, "aws_config_configuration_recorder_status", "name", r, "name")
	if len(statuses) == 0 {
		return false, "no aws_config_configuration_recorder_status names this recorder: it is created stopped"
	}
	for _, st := range statuses {
		if !truthy(st.Attrs["is_enabled"]) {
			return false, fmt.Sprintf("%s has is_enabled %v: recording is stopped", st.Address(), st.Attrs["is_enabled"])
		}
	}
	return true, ""
}

// opsRecordsAllTypes reports whether a recorder records every supported resource type
// (the provider's default when recording_group is absent).
func opsRecordsAllTypes(r *Resource) (bool, string) {
	g := dig(r.Attrs, "recording_group", 0)
	if g == nil {
		return true, ""
	}
	m, _ := g.(map[string]any)
	switch {
	case opsDisabled(m, "all_supported"):
		return false, fmt.Sprintf("recording_group.all_supported is false: only %v are recorded", dig(m, "resource_types"))
	case len(list(dig(m, "resource_types"))) > 0:
		return false, fmt.Sprintf("recording_group.resource_types lists %v: only those are recorded", dig(m, "resource_types"))
	case len(list(dig(m, "exclusion_by_resource_types", 0, "resource_types"))) > 0:
		return false, fmt.Sprintf("recording_group.exclusion_by_resource_types excludes %v", dig(m, "exclusion_by_resource_types", 0, "resource_types"))
	case str(dig(m, "recording_strategy", 0, "use_only")) != "" && str(dig(m, "recording_strategy", 0, "use_only")) != "ALL_SUPPORTED_RESOURCE_TYPES":
		return false, fmt.Sprintf("recording_group.recording_strategy.use_only is %s", str(dig(m, "recording_strategy", 0, "use_only")))
	}
	return true, ""
}
