// Command tiny is the smallest main package: the artifact tests build it instead of the
// product's functions, so they depend on nothing else in the tree.
package main

func main() {}
