// Command bench measures the full synthesis of each environment against the floor (a
// program that only loads cdktf and the AWS bindings): wall time and the peak resident
// memory of the whole process tree (the Go program and the jsii node process together,
// sampled from /proc every 10 ms).
//
//	bench -app bin/platform-infra -floor bin/synthfloor -runs 3 dev staging production
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

type result struct {
	wall   time.Duration // median of the runs
	peakMB float64       // largest peak of the runs
}

func main() {
	app := flag.String("app", "bin/platform-infra", "the platform's synthesis program")
	floor := flag.String("floor", "bin/synthfloor", "the floor program")
	runs := flag.Int("runs", 3, "runs per measurement (the median wall time is reported)")
	flag.Parse()
	envs := flag.Args()
	if len(envs) == 0 {
		envs = []string{"dev", "staging", "production"}
	}

	fl, err := measure(*runs, *floor, nil)
	if err != nil {
		fail(err)
	}
	fmt.Printf("%-12s %10s %12s %12s %14s %12s\n", "environment", "wall (s)", "peak (MiB)", "floor (s)", "floor (MiB)", "wall ratio")
	for _, env := range envs {
		out, err := os.MkdirTemp("", "bench-out-")
		if err != nil {
			fail(err)
		}
		r, err := measure(*runs, *app, []string{"HEALTHHUB_ENV=" + env, "CDKTF_OUTDIR=" + filepath.Join(out, "cdktf.out")})
		os.RemoveAll(out)
		if err != nil {
			fail(fmt.Errorf("%s: %w", env, err))
		}
		fmt.Printf("%-12s %10.2f %12.0f %12.2f %14.0f %11.2fx\n", env, r.wall.Seconds(), r.peakMB, fl.wall.Seconds(), fl.peakMB, r.wall.Seconds()/fl.wall.Seconds())
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}

func measure(runs int, program string, env []string) (result, error) {
	var walls []time.Duration
	var peak float64
	for i := 0; i < runs; i++ {
		cmd := exec.Command(program)
		cmd.Env = append(os.Environ(), env...)
		cmd.Stdout, cmd.Stderr = nil, nil // discarded: warnings would flood the table
		start := time.Now()
		if err := cmd.Start(); err != nil {
			return result{}, err
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		var runPeak float64
		tick := time.NewTicker(10 * time.Millisecond)
	loop:
		for {
			select {
			case err := <-done:
				if err != nil {
					return result{}, fmt.Errorf("%s: %w", program, err)
				}
				break loop
			case <-tick.C:
				runPeak = max(runPeak, treeRSSMB(cmd.Process.Pid))
			}
		}
		tick.Stop()
		walls = append(walls, time.Since(start))
		peak = max(peak, runPeak)
	}
	sort.Slice(walls, func(i, j int) bool { return walls[i] < walls[j] })
	return result{wall: walls[len(walls)/2], peakMB: peak}, nil
}

// treeRSSMB sums VmRSS of pid and all its descendants.
func treeRSSMB(pid int) float64 {
	total := 0.0
	stack := []int{pid}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		total += rssKB(p) / 1024
		tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/children", p))
		for _, f := range tasks {
			b, _ := os.ReadFile(f)
			for _, c := range strings.Fields(string(b)) {
				if n, err := strconv.Atoi(c); err == nil {
					stack = append(stack, n)
				}
			}
		}
	}
	return total
}

func rssKB(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			f := strings.Fields(v)
			if len(f) > 0 {
				kb, _ := strconv.ParseFloat(f[0], 64)
				return kb
			}
		}
	}
	return 0
}
