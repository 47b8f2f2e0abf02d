package railway

import (
	"fmt"
	"regexp"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

var uuidRE = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)

// ServiceProps mirrors railway_service (docs/resources/service.md at v0.6.2). A service
// deploys from a Docker image (SourceImage) or from a repository (SourceRepo with
// SourceRepoBranch, optionally RootDirectory and ConfigPath), never both. Settings the
// schema does not have (health check, start command, restart policy) are the Railway
// config file's or the dashboard's.
type ServiceProps struct {
	// Name of the service, unique in its project. Required.
	Name *string
	// ProjectId is the project the service belongs to. Required.
	ProjectId *string
	// ConfigPath is the path to the Railway config file. Conflicts with SourceImage.
	// Default: none.
	ConfigPath *string
	// CronSchedule runs the service on a schedule. Default: none, always running.
	CronSchedule *string
	// Regions are the regions to deploy in, with their replicas. Default: one replica in
	// Railway's default region.
	Regions []ServiceRegion
	// RootDirectory is the directory of the service in SourceRepo. Conflicts with
	// SourceImage. Default: the repository's root.
	RootDirectory *string
	// SourceImage is the Docker image. Conflicts with SourceRepo, SourceRepoBranch,
	// RootDirectory and ConfigPath. Default: none.
	SourceImage *string
	// SourceImageRegistryPassword and SourceImageRegistryUsername are a private
	// registry's credentials (the password is sensitive). Default: none, a public image.
	SourceImageRegistryPassword *string
	SourceImageRegistryUsername *string
	// SourceRepo is the source repository. Conflicts with SourceImage. Default: none.
	SourceRepo *string
	// SourceRepoBranch is the branch of SourceRepo; required with it.
	SourceRepoBranch *string
	// Volume is a volume mounted into the service. Default: none.
	Volume *ServiceVolume
}

// ServiceRegion is one element of the regions attribute.
type ServiceRegion struct {
	// NumReplicas is the number of replicas in Region, at least 1. Default: 1.
	NumReplicas *float64
	// Region is a Railway region id ("us-east4-eqdc4a"). Default: Railway's default.
	Region *string
}

// ServiceVolume is the nested volume attribute (its id and size are read-only).
type ServiceVolume struct {
	// MountPath and Name are required.
	MountPath *string
	Name      *string
}

// Service is a railway_service.
type Service struct {
	Resource cdktf.TerraformResource
}

// NewService creates a railway_service.
func (p *Provider) NewService(scope constructs.Construct, id string, props ServiceProps) (*Service, error) {
	v := validator{}
	v.required("name", props.Name)
	v.required("project_id", props.ProjectId)
	if set(props.SourceImage) {
		for _, c := range []struct {
			attr  string
			value *string
		}{{"source_repo", props.SourceRepo}, {"source_repo_branch", props.SourceRepoBranch}, {"root_directory", props.RootDirectory}, {"config_path", props.ConfigPath}} {
			if set(c.value) {
				v.add(c.attr, c.value, "conflicts with source_image (%s): a service deploys an image or a repository", shown(props.SourceImage))
			}
		}
	}
	if set(props.SourceRepo) && !set(props.SourceRepoBranch) {
		v.add("source_repo_branch", props.SourceRepoBranch, "is required with source_repo (%s)", shown(props.SourceRepo))
	}
	if set(props.SourceRepoBranch) && !set(props.SourceRepo) {
		v.add("source_repo_branch", props.SourceRepoBranch, "is used with source_repo, which is not set")
	}
	var regions []map[string]any
	for i, r := range props.Regions {
		if r.NumReplicas != nil && *r.NumReplicas < 1 {
			v.add(fmt.Sprintf("regions[%d].num_replicas", i), r.NumReplicas, "must be at least 1")
		}
		regions = append(regions, map[string]any{"num_replicas": r.NumReplicas, "region": r.Region})
	}
	var volume map[string]any
	if props.Volume != nil {
		v.required("volume.mount_path", props.Volume.MountPath)
		v.required("volume.name", props.Volume.Name)
		volume = map[string]any{"mount_path": props.Volume.MountPath, "name": props.Volume.Name}
	}
	if err := v.err("railway.NewService " + id); err != nil {
		return nil, err
	}
	// Nested attribute objects carry only their set keys.
	for _, r := range regions {
		for k, val := range r {
			if !present(val) {
				delete(r, k)
			}
		}
	}
	return &Service{Resource: p.resource(scope, id, "railway_service", map[string]any{
		"name": props.Name, "project_id": props.ProjectId, "config_path": props.ConfigPath,
		"cron_schedule": props.CronSchedule, "regions": regions, "root_directory": props.RootDirectory,
		"source_image": props.SourceImage, "source_image_registry_password": props.SourceImageRegistryPassword,
		"source_image_registry_username": props.SourceImageRegistryUsername, "source_repo": props.SourceRepo,
		"source_repo_branch": props.SourceRepoBranch, "volume": volume,
	})}, nil
}

// Id is the service's identifier (a Terraform reference).
func (s *Service) Id() *string { return s.Resource.GetStringAttribute(jsii.String("id")) }
