// Package migrations embeds the versioned SQL migrations of the platform's databases.
//
// Each folder is a set of migrations; a file is one version, named NNNN_description.sql
// (four digits, lowercase letters, digits and underscores), and runs once, in lexical
// order, in its own transaction:
//
//	audit/    the append-only PHI access log, applied first in every service database
//	auth/     the auth service's schema "auth", in database "auth"
//	patient/  the patient service's schema "patient", in database "patient"
//	provider/ the provider service's schema "provider", in database "provider": the
//	          practitioner directory (credentials, specialties) and care relationships
//	records/  the records service's schema "records", in database "records": medical
//	          record entries, encounters, notes, and the metadata of documents kept in S3
//
// Adding a service is adding a folder named after it (which is also its database and
// schema name) with a 0001_<service>_schema.sql that creates schema <service>; the
// migrate command (cmd/migrate) then creates the group <service>_app with access to that
// schema only, and its two login roles <service>_service and <service>_service_alt (the
// rotation alternates between them). A file that has been applied anywhere is never edited:
// the command records each file's SHA-256 and refuses to run when an applied file
// changed. Change a schema by adding the next numbered file.
//
// Files run as the database's administrative owner (role "migrator" in Neon) and must
// qualify every name with its schema. They must not grant to service roles: the migrate
// command owns those grants (internal/migrate), all to the group.
package migrations

import (
	"embed"
	"io/fs"
)

//go:embed */*.sql
var files embed.FS

// FS holds the migration sets: one folder per set, its .sql files inside.
var FS fs.FS = files
