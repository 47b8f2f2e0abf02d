package dataneonbranches


type DataNeonBranchesBranches struct {
}

