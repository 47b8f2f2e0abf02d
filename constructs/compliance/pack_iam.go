package compliance

// iamRules are added to HIPAAPack (pack.go). IAMNoWildcardAction, IAMNoAdmin,
// IAMNoUserInlinePolicy and S3TLSOnly, also of this family, are in the core list.
var iamRules = []*Rule{
	IAMResourceWildcard,
	IAMRoleTrust, IAMTrustConfusedDeputy, IAMServiceRoleBoundary, IAMRolesAnywhereTrust,
	IAMResourcePolicyNoPublic,
	IAMUserNoDirectPolicies, IAMNoLongLivedCredentials, IAMUserGroupMembership, IAMGroupHasUsers,
}
