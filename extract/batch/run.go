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
	return RunChunked(n, 1, produce, work, emit)
}

// RunChunked is Run with jobs handed to the workers chunk at a time:
// a worker takes up to chunk consecutive jobs and returns their results
// together, so a batch of short files costs a goroutine hand-over per
// chunk rather than per file (each hand-over can wake a thread). A
// partial chunk waits for more jobs, so a stream that must answer each
// record as it arrives (JSON Lines on a pipe) wants chunk 1. At most 2n
// chunks are in flight.
func RunChunked[R any](n, chunk int, produce func(send func(Job) error) error, work func(Job) R, emit func(R) error) error {
	if n <= 1 {
		return runInline(produce, work, emit)
	}
	if chunk < 1 {
		chunk = 1
	}
	type slot struct {
		jobs []Job
		out  chan []R
	}
	jobs := make(chan slot)
	order := make(chan chan []R, 2*n)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range jobs {
				rs := make([]R, len(s.jobs))
				for k, j := range s.jobs {
					rs[k] = work(j)
				}
				s.out <- rs
			}
		}()
	}
	var emitErr error
	emitted := make(chan struct{})
	go func() {
		defer close(emitted)
		for ch := range order {
			for _, r := range <-ch {
				if emitErr == nil {
					if err := emit(r); err != nil {
						emitErr = err
						close(done)
					}
				}
			}
		}
	}()
	var pending []Job
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		s := slot{jobs: pending, out: make(chan []R, 1)}
		pending = make([]Job, 0, chunk)
		select {
		case order <- s.out:
		case <-done:
			return errStopped
		}
		select {
		case jobs <- s:
		case <-done:
			// The emitter still waits on out: fill it so it can drain.
			s.out <- nil
			return errStopped
		}
		return nil
	}
	prodErr := produce(func(j Job) error {
		pending = append(pending, j)
		if len(pending) < chunk {
			return nil
		}
		return flush()
	})
	if prodErr == nil {
		prodErr = flush()
	}
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

// runInline is Run with one worker: each job is worked and emitted on the
// producer's goroutine as it comes. Handing every document across three
// goroutines cost two thread wake-ups a file, a tenth of the CPU time of
// a batch of short articles, for no overlap that one core could use.
func runInline[R any](produce func(send func(Job) error) error, work func(Job) R, emit func(R) error) error {
	var emitErr error
	prodErr := produce(func(j Job) error {
		if err := emit(work(j)); err != nil {
			emitErr = err
			return errStopped
		}
		return nil
	})
	if emitErr != nil {
		return emitErr
	}
	return prodErr
}

type stopped struct{}

func (stopped) Error() string { return "batch: stopped" }

var errStopped error = stopped{}
