// Command broken does not compile: the artifact tests check that a compile error is
// reported on one line.
package main

var n int = "a string"

func main() { _ = n }
