// Package tfliteral makes a string that came from input safe to write into Terraform
// JSON as a literal.
//
// Terraform evaluates "${...}" (interpolation) and "%{...}" (template directives) inside
// every string of a .tf.json file. A value read from config or from the environment is
// data, never an expression: it must be written with those sequences escaped ("$${" and
// "%%{"), which Terraform turns back into the original text. Values built by code from
// Terraform references (tokens such as "${aws_kms_key.x.arn}") must NOT pass through
// here: they are meant to be evaluated.
//
// config.Parse applies Escape to every string of a loaded environment (config is the one
// boundary where input enters the product), so constructs never see an unescaped input
// string; call Escape directly only for input that does not come through config.
package tfliteral

import "strings"

// escaper rewrites the two sequences that start a Terraform template expression.
// strings.Replacer scans left to right without re-reading its output, so "$${x}" becomes
// "$$${x}", which Terraform renders as "$${x}" again: the escape round-trips every input.
var escaper = strings.NewReplacer("${", "$${", "%{", "%%{")

// Escape returns s with every "${" written as "$${" and every "%{" as "%%{", so that
// Terraform reads it as the literal text s.
func Escape(s string) string {
	if !HasTemplateSequence(s) {
		return s
	}
	return escaper.Replace(s)
}

// String is Escape for the jsii bindings, which take *string.
func String(s string) *string {
	e := Escape(s)
	return &e
}

// HasTemplateSequence reports whether s holds "${" or "%{", the sequences Terraform
// would evaluate.
func HasTemplateSequence(s string) bool {
	return strings.Contains(s, "${") || strings.Contains(s, "%{")
}
