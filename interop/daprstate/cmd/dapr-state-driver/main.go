// Command dapr-state-driver runs Dapr 1.16's own workflow-state and state-encryption code against a
// state.aws.dynamodb table, so that StateDesk's tests can check what StateDesk reads and writes
// against what daprd itself would:
//
//   - workflow records are written and loaded by github.com/dapr/dapr/pkg/runtime/wfengine/state
//     (NewState, GetSaveRequest, LoadWorkflowState, GetPurgeRequest) through daprd's actor state layer
//     (github.com/dapr/dapr/pkg/actors/state) over Dapr's DynamoDB component;
//   - the runtime status is computed by durabletask-go's runtimestate, as daprd reports it;
//   - values are encrypted and decrypted by github.com/dapr/dapr/pkg/encryption, with keys taken from a
//     secretstores.local.file store, as daprd takes them from the component's secretKeyRefs.
//
// Requests are JSON objects on stdin, one result line per request on stdout. See interop/README.md.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/dapr/kit/logger"
)

func main() {
	os.Exit(run(os.Stdin, os.Stdout, os.Stderr))
}

func run(stdin io.Reader, stdout, stderr io.Writer) int {
	log := logger.NewLogger("statedesk.interop.daprstate")
	log.SetOutput(stderr)
	log.SetOutputLevel(logger.LogLevel("warn"))
	d := newDriver(log)
	defer d.close()

	decoder := json.NewDecoder(bufio.NewReader(stdin))
	out := json.NewEncoder(stdout)
	out.SetEscapeHTML(false)
	for i := 0; ; i++ {
		var req request
		if err := decoder.Decode(&req); err == io.EOF {
			return 0
		} else if err != nil {
			fmt.Fprintln(stderr, "dapr-state-driver: request", i, "does not parse:", err)
			return 2
		}
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		res := d.exec(ctx, &req)
		cancel()
		res["i"] = i
		res["op"] = req.Op
		if err := out.Encode(res); err != nil {
			fmt.Fprintln(stderr, "dapr-state-driver:", err)
			return 1
		}
	}
}
