package dataneonbranchroles


type DataNeonBranchRolesRoles struct {
}

