package batch

import (
	"sync"
)

// Run processes jobs with n workers and hands results to emit in the order
// the jobs were produced, so output is byte-identical for any n. produce
// sends jobs through its callback and returns when the input is done; at
// most 2n jobs are in flight at once, so memory stays flat however long
// the input. If emit fails (a closed pipe), Run stops taking input and
// returns that error.
func Run[R any](n int, produce func(send func(Job) error) error, work func(Job) R, emit func(R) error) error {
	if n < 1 {
		n = 1
	}
	type slot struct {
		job Job
		out chan R
	}
	jobs := make(chan slot)
	order := make(chan chan R, 2*n)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range jobs {
				s.out <- work(s.job)
			}
		}()
	}
	var emitErr error
	emitted := make(chan struct{})
	go func() {
		defer close(emitted)
		for ch := range order {
			r := <-ch
			if emitErr == nil {
				if err := emit(r); err != nil {
					emitErr = err
					close(done)
				}
			}
		}
	}()
	prodErr := produce(func(j Job) error {
		out := make(chan R, 1)
		select {
		case order <- out:
		case <-done:
			return errStopped
		}
		select {
		case jobs <- slot{j, out}:
		case <-done:
			// The emitter still waits on out: fill it so it can drain.
			var zero R
			out <- zero
			return errStopped
		}
		return nil
	})
	close(jobs)
	wg.Wait()
	close(order)
	<-emitted
	if emitErr != nil {
		return emitErr
	}
	if prodErr == errStopped {
		return nil
	}
	return prodErr
}

type stopped struct{}

func (stopped) Error() string { return "batch: stopped" }

var errStopped error = stopped{}
