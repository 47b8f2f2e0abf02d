package dataneonbranchendpoints


type DataNeonBranchEndpointsEndpoints struct {
}

