// Command dynamodb-driver runs a JSON script of state operations against Dapr's own
// state.aws.dynamodb component (github.com/dapr/components-contrib/state/aws/dynamodb)
// and prints one JSON line per operation on stdout. Logs go to stderr.
//
// Usage:
//
//	dynamodb-driver [flags] [script.json | -]
//
// The script is read from the file, or from stdin when the argument is "-" or missing.
// See interop/README.md for the script and result formats.
//
// Exit status: 0 when every op ran (failed ops are results, not driver errors; use
// -strict to exit 1 when any op failed), 2 for a usage or script error, 3 when the
// whole run exceeded -total-timeout.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	ddb "github.com/dapr/components-contrib/state/aws/dynamodb"
	"github.com/dapr/kit/logger"

	"github.com/statedesk/interop/internal/driver"
	"github.com/statedesk/interop/internal/script"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("dynamodb-driver", flag.ContinueOnError)
	fs.SetOutput(stderr)
	initTimeout := fs.Duration("init-timeout", 30*time.Second, "deadline of each init op")
	opTimeout := fs.Duration("op-timeout", 30*time.Second, "deadline of every other op (a script op's timeoutMs overrides)")
	totalTimeout := fs.Duration("total-timeout", 10*time.Minute, "deadline of the whole run")
	logLevel := fs.String("log-level", "warn", "component log level on stderr: debug, info, warn, error, fatal")
	strict := fs.Bool("strict", false, "exit 1 when any op failed")
	name := fs.String("component-name", "statestore", "name given to the component in its metadata")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dynamodb-driver [flags] [script.json | -]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return 2
	}

	in := stdin
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			fmt.Fprintln(stderr, "dynamodb-driver:", err)
			return 2
		}
		defer f.Close()
		in = f
	}

	log := logger.NewLogger("statedesk.interop.dynamodb")
	log.SetOutput(stderr)
	log.SetOutputLevel(logger.LogLevel(*logLevel))

	ctx, cancel := context.WithTimeout(context.Background(), *totalTimeout)
	defer cancel()

	// Reading stdin is bounded by the total deadline too.
	type parsed struct {
		ops []script.Op
		err error
	}
	parsedCh := make(chan parsed, 1)
	go func() {
		ops, err := script.Parse(in)
		parsedCh <- parsed{ops, err}
	}()
	var ops []script.Op
	select {
	case p := <-parsedCh:
		if p.err != nil {
			fmt.Fprintln(stderr, "dynamodb-driver: script error:", p.err)
			return 2
		}
		ops = p.ops
	case <-ctx.Done():
		fmt.Fprintln(stderr, "dynamodb-driver: no complete script within", *totalTimeout)
		return 3
	}

	runner := driver.NewRunner(driver.Config{
		Out:           stdout,
		Logger:        log,
		NewStore:      ddb.NewDynamoDBStateStore,
		ComponentName: *name,
		InitTimeout:   *initTimeout,
		OpTimeout:     *opTimeout,
	})
	defer runner.Close()

	failed, err := runner.Run(ctx, ops)
	if err != nil {
		fmt.Fprintln(stderr, "dynamodb-driver:", err)
		if errors.Is(err, context.DeadlineExceeded) {
			return 3
		}
		return 2
	}
	if *strict && failed > 0 {
		return 1
	}
	return 0
}
