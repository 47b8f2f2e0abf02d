module github.com/healthhub/platform-infra

go 1.26

require (
	github.com/aws/constructs-go/constructs/v10 v10.4.2
	github.com/aws/jsii-runtime-go v1.111.0
	github.com/cdktf/cdktf-provider-aws-go/aws/v19 v19.65.1
	github.com/hashicorp/terraform-cdk-go/cdktf v0.20.12
	github.com/jackc/pgx/v5 v5.7.2
)

require (
	github.com/Masterminds/semver/v3 v3.3.1 // indirect
	github.com/fatih/color v1.18.0 // indirect
	github.com/jackc/pgpassfile v1.0.0 // indirect
	github.com/jackc/pgservicefile v0.0.0-20240606120523-5a60cdf6a761 // indirect
	github.com/mattn/go-colorable v0.1.13 // indirect
	github.com/mattn/go-isatty v0.0.20 // indirect
	github.com/yuin/goldmark v1.4.13 // indirect
	golang.org/x/crypto v0.31.0 // indirect
	golang.org/x/lint v0.0.0-20210508222113-6edffad5e616 // indirect
	golang.org/x/mod v0.24.0 // indirect
	golang.org/x/sync v0.12.0 // indirect
	golang.org/x/sys v0.31.0 // indirect
	golang.org/x/text v0.21.0 // indirect
	golang.org/x/tools v0.31.0 // indirect
)
