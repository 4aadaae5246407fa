//! An ordered parallel map: files are read and extracted on worker threads
//! while one thread writes the results in input order, with a bounded number
//! of finished results waiting. Output is deterministic whatever the thread
//! count, and memory holds a window of documents, never the corpus.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};

/// The number of workers `threads` asks for (0 = one per core).
pub fn workers(threads: usize) -> usize {
    if threads > 0 {
        return threads;
    }
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

type Slot<R> = Result<R, Box<dyn std::any::Any + Send>>;

struct Shared<R> {
    /// Finished results not yet handed to the sink, by index.
    done: BTreeMap<usize, Slot<R>>,
    /// Results handed to the sink so far.
    sunk: usize,
}

/// Calls `work(i, &items[i])` for every item on `threads` workers (0 = one
/// per core) and `sink` with the results in input order, on the calling
/// thread. At most `window` results are computed ahead of the sink. The first
/// error of `sink` stops the workers and is returned; a panic in `work` is
/// re-raised on the calling thread.
pub fn ordered_map<T, R, E>(
    items: &[T],
    threads: usize,
    window: usize,
    work: impl Fn(usize, &T) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Sync,
    R: Send,
{
    let n = workers(threads).min(items.len());
    if n <= 1 {
        for (i, item) in items.iter().enumerate() {
            sink(work(i, item))?;
        }
        return Ok(());
    }
    let window = window.max(n);
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let shared = Mutex::new(Shared {
        done: BTreeMap::new(),
        sunk: 0,
    });
    // Workers wait on `room` for the window to move; the sink waits on
    // `ready` for the next result.
    let room = Condvar::new();
    let ready = Condvar::new();
    let lock = || shared.lock().unwrap_or_else(|e| e.into_inner());
    std::thread::scope(|scope| {
        for _ in 0..n {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= items.len() || stop.load(Ordering::Relaxed) {
                        return;
                    }
                    {
                        let mut g = lock();
                        while i >= g.sunk + window && !stop.load(Ordering::Relaxed) {
                            g = room.wait(g).unwrap_or_else(|e| e.into_inner());
                        }
                    }
                    if stop.load(Ordering::Relaxed) {
                        return;
                    }
                    let r = catch_unwind(AssertUnwindSafe(|| work(i, &items[i])));
                    let failed = r.is_err();
                    lock().done.insert(i, r);
                    ready.notify_one();
                    if failed {
                        return;
                    }
                }
            });
        }
        let stop_all = || {
            stop.store(true, Ordering::Relaxed);
            room.notify_all();
        };
        for k in 0..items.len() {
            let slot = {
                let mut g = lock();
                loop {
                    if let Some(r) = g.done.remove(&k) {
                        g.sunk = k + 1;
                        break r;
                    }
                    g = ready.wait(g).unwrap_or_else(|e| e.into_inner());
                }
            };
            room.notify_all();
            match slot {
                Ok(r) => {
                    if let Err(e) = sink(r) {
                        stop_all();
                        return Err(e);
                    }
                }
                Err(panic) => {
                    stop_all();
                    resume_unwind(panic);
                }
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_for_any_thread_count() {
        let items: Vec<u64> = (0..500).collect();
        for threads in [1, 2, 3, 8] {
            let mut got = Vec::new();
            ordered_map(
                &items,
                threads,
                4,
                // Uneven work, so workers finish out of order.
                |_, &x| {
                    let mut h = x;
                    for _ in 0..(x % 7) * 1000 {
                        h = h.wrapping_mul(6364136223846793005).wrapping_add(1);
                    }
                    (x, h)
                },
                |(x, _)| {
                    got.push(x);
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            assert_eq!(got, items, "{threads} threads");
        }
    }

    #[test]
    fn a_sink_error_stops_the_run() {
        let items: Vec<u32> = (0..10_000).collect();
        let worked = AtomicUsize::new(0);
        let r = ordered_map(
            &items,
            2,
            8,
            |_, &x| {
                worked.fetch_add(1, Ordering::Relaxed);
                x
            },
            |x| if x == 10 { Err(x) } else { Ok(()) },
        );
        assert_eq!(r, Err(10));
        // The window bounds how far the workers ran ahead of the failure.
        assert!(worked.load(Ordering::Relaxed) < 100);
    }

    #[test]
    fn a_panicking_worker_panics_the_caller_instead_of_hanging() {
        let items: Vec<u32> = (0..100).collect();
        let r = catch_unwind(|| {
            ordered_map(
                &items,
                2,
                8,
                |_, &x| {
                    assert!(x != 37, "boom");
                    x
                },
                |_| Ok::<(), ()>(()),
            )
        });
        assert!(r.is_err());
    }

    #[test]
    fn no_items() {
        let items: Vec<u8> = Vec::new();
        ordered_map(&items, 4, 8, |_, &x| x, |_| Err::<(), ()>(())).unwrap();
    }
}
