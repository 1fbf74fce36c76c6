//! Group commit for the SQLite store.
//!
//! SQLite has one writer at a time. Instead of a transaction per request —
//! BEGIN, the statements, COMMIT, each a round trip to sqlx's worker thread
//! and each commit appending every page it touched to the WAL — one task
//! owns the write connection and runs whatever writes are waiting as one
//! transaction. Under load a batch holds many writes and the fixed costs are
//! shared; alone, a write pays the same as before. Nobody is answered before
//! the COMMIT that holds their write has returned, so a crash never loses a
//! write that was acknowledged.
//!
//! A write that is refused (a taken userName, a stale version) must leave
//! nothing behind, so that the others in its batch can still commit: each
//! write is either one statement that fails as a whole, or runs inside a
//! savepoint ([`in_savepoint`]). A write that fails any other way (I/O, a
//! corrupt file) says so with [`Broken`]; the batch is then rolled back and
//! every write in it gets the error.
//!
//! A batch that fails that way (a full disk, an I/O error, a COMMIT that
//! did not go through) may leave the connection in a state nobody can
//! trust: SQLite rolls some of those failures back by itself and not
//! others, and sqlx still counts the transaction as open, so every later
//! `BEGIN` was refused until a restart. The writer therefore drops that
//! connection and opens a fresh one for the next batch, and says that
//! writes are failing ([`Writer::failing`]) until one commits again.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use futures::FutureExt;
use futures::future::BoxFuture;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, SqliteConnection};
use tokio::sync::{mpsc, oneshot};

use crate::db_error;
use scimctl_core::error::{Error, Kind, Result};

/// Most writes in one transaction: bounds how long a batch holds the lock
/// that another process (the CLI next to `serve`) may be waiting for.
const MAX_BATCH: usize = 256;

/// A write that failed in a way that may have left part of it behind.
pub struct Broken(pub Error);

impl From<sqlx::Error> for Broken {
    fn from(e: sqlx::Error) -> Broken {
        Broken(crate::db_error(e))
    }
}

/// What a write gives back: its own result (kept until the commit), or
/// [`Broken`].
pub type Attempt<T> = std::result::Result<Result<T>, Broken>;

trait Job: Send {
    /// Run the write inside the batch's transaction.
    fn run<'c>(
        &'c mut self,
        conn: &'c mut SqliteConnection,
    ) -> BoxFuture<'c, std::result::Result<(), Broken>>;
    /// Answer the caller once the batch has committed (`Ok`) or failed.
    fn finish(self: Box<Self>, batch: std::result::Result<(), Error>);
}

struct Pending<T, F> {
    work: Option<F>,
    result: Option<Result<T>>,
    reply: oneshot::Sender<Result<T>>,
}

impl<T, F> Job for Pending<T, F>
where
    T: Send + 'static,
    F: for<'c> FnOnce(&'c mut SqliteConnection) -> BoxFuture<'c, Attempt<T>> + Send + 'static,
{
    fn run<'c>(
        &'c mut self,
        conn: &'c mut SqliteConnection,
    ) -> BoxFuture<'c, std::result::Result<(), Broken>> {
        Box::pin(async move {
            let work = self.work.take().expect("a write runs once");
            self.result = Some(work(conn).await?);
            Ok(())
        })
    }

    fn finish(self: Box<Self>, batch: std::result::Result<(), Error>) {
        let answer = match (batch, self.result) {
            (Ok(()), Some(result)) => result,
            (Err(e), _) => Err(e),
            (Ok(()), None) => Err(Error::internal("a write was not run")),
        };
        // The caller may have gone (a dropped request); the write stands.
        let _ = self.reply.send(answer);
    }
}

/// The handle writes are sent through.
#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::UnboundedSender<Box<dyn Job>>,
    failing: Arc<AtomicBool>,
}

impl Writer {
    /// Start the task that owns `conn`; it ends when every handle is gone.
    /// `options` open a new connection when a failed batch has spoilt
    /// this one.
    pub fn start(conn: SqliteConnection, options: SqliteConnectOptions) -> Writer {
        let (jobs, queue) = mpsc::unbounded_channel();
        let failing = Arc::new(AtomicBool::new(false));
        let link = Link {
            conn: Some(conn),
            options,
        };
        tokio::spawn(run_batches(link, queue, failing.clone()));
        Writer { jobs, failing }
    }

    /// Whether the last batch failed for a reason other than a refusal
    /// (and none has committed since).
    pub fn failing(&self) -> bool {
        self.failing.load(Ordering::Relaxed)
    }

    /// Run `work` in the next batch; its result once the batch committed.
    pub async fn write<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(&'c mut SqliteConnection) -> BoxFuture<'c, Attempt<T>> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job = Box::new(Pending {
            work: Some(work),
            result: None,
            reply,
        });
        self.jobs
            .send(job)
            .map_err(|_| Error::new(Kind::Unavailable, "the database writer has stopped"))?;
        answer
            .await
            .map_err(|_| Error::new(Kind::Unavailable, "the database writer has stopped"))?
    }
}

/// The write connection, or what opens a new one.
struct Link {
    conn: Option<SqliteConnection>,
    options: SqliteConnectOptions,
}

impl Link {
    async fn get(&mut self) -> std::result::Result<&mut SqliteConnection, Error> {
        if self.conn.is_none() {
            let conn = self.options.connect().await.map_err(|e| {
                Error::new(
                    Kind::Unavailable,
                    format!("cannot reopen the database for writing: {e}"),
                )
            })?;
            self.conn = Some(conn);
        }
        Ok(self.conn.as_mut().expect("just opened"))
    }

    /// Forget a connection that a failed batch may have left inside a
    /// transaction. (Closing it rolls back whatever SQLite still holds.)
    fn spoil(&mut self) {
        self.conn = None;
    }
}

async fn run_batches(
    mut link: Link,
    mut queue: mpsc::UnboundedReceiver<Box<dyn Job>>,
    failing: Arc<AtomicBool>,
) {
    let mut jobs: Vec<Box<dyn Job>> = Vec::new();
    while queue.recv_many(&mut jobs, MAX_BATCH).await > 0 {
        let outcome = match link.get().await {
            Ok(conn) => run_batch(conn, &mut jobs).await,
            Err(e) => Err(e),
        };
        if outcome.is_err() {
            link.spoil();
        }
        failing.store(outcome.is_err(), Ordering::Relaxed);
        for job in jobs.drain(..) {
            job.finish(outcome.clone());
        }
    }
    if let Some(conn) = link.conn {
        let _ = conn.close().await;
    }
}

async fn run_batch(
    conn: &mut SqliteConnection,
    jobs: &mut [Box<dyn Job>],
) -> std::result::Result<(), Error> {
    // IMMEDIATE: take the write lock now rather than fail to upgrade a read
    // lock halfway through if another process is writing.
    let mut tx = conn.begin_with("BEGIN IMMEDIATE").await.map_err(db_error)?;
    for job in jobs.iter_mut() {
        // A panicking write must not take the writer (and every later
        // write) down with it: it breaks its batch like any other failure.
        let ran = std::panic::AssertUnwindSafe(job.run(&mut tx))
            .catch_unwind()
            .await
            .unwrap_or_else(|_| Err(Broken(Error::internal("a database write panicked"))));
        if let Err(Broken(e)) = ran {
            let _ = tx.rollback().await;
            return Err(e);
        }
    }
    tx.commit().await.map_err(db_error)?;
    Ok(())
}

/// Run `steps` as one unit inside the batch: a refusal rolls back whatever
/// it had written and leaves the batch intact. A failure that is not a
/// refusal — the database could not write, or a bug — breaks the batch
/// instead: nobody in it can be told "done" by a connection in that state.
pub async fn in_savepoint<T>(
    conn: &mut SqliteConnection,
    steps: impl AsyncFnOnce(&mut SqliteConnection) -> Result<T>,
) -> Attempt<T> {
    in_savepoint_keeping(conn, |_| true, steps).await
}

/// [`in_savepoint`], where an answer that is not an error may be a
/// refusal too: one that `keep` turns down is rolled back as well.
pub async fn in_savepoint_keeping<T>(
    conn: &mut SqliteConnection,
    keep: impl FnOnce(&T) -> bool,
    steps: impl AsyncFnOnce(&mut SqliteConnection) -> Result<T>,
) -> Attempt<T> {
    let mut sp = conn.begin().await?;
    match steps(&mut sp).await {
        Ok(value) if keep(&value) => {
            sp.commit().await?;
            Ok(Ok(value))
        }
        Ok(refused) => {
            sp.rollback().await?;
            Ok(Ok(refused))
        }
        Err(failed) if matches!(failed.kind(), Kind::Internal | Kind::Unavailable) => {
            let _ = sp.rollback().await;
            Err(Broken(failed))
        }
        Err(refused) => {
            sp.rollback().await?;
            Ok(Err(refused))
        }
    }
}

#[cfg(test)]
mod tests {
    use futures::FutureExt;
    use sqlx::{ConnectOptions, Connection};

    use super::*;

    async fn writer() -> (Writer, sqlx::SqliteConnection, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let options = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(dir.path().join("w.db"))
            .create_if_missing(true)
            .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal);
        let mut conn = options.connect().await.unwrap();
        sqlx::query("CREATE TABLE t (n INTEGER PRIMARY KEY, v TEXT NOT NULL CHECK (v <> 'bad'))")
            .execute(&mut conn)
            .await
            .unwrap();
        let reader = options.connect().await.unwrap();
        (Writer::start(conn, options.clone()), reader, dir)
    }

    async fn insert(c: &mut SqliteConnection, n: i64, v: &str) -> Result<()> {
        sqlx::query("INSERT INTO t (n, v) VALUES (?, ?)")
            .bind(n)
            .bind(v)
            .execute(c)
            .await
            .map_err(crate::db_error)?;
        Ok(())
    }

    async fn rows(reader: &mut SqliteConnection) -> Vec<i64> {
        sqlx::query_scalar("SELECT n FROM t ORDER BY n")
            .fetch_all(reader)
            .await
            .unwrap()
    }

    /// A refusal inside a savepoint takes back its own writes only; the
    /// rest of the batch commits.
    #[tokio::test]
    async fn a_refused_write_leaves_its_batch_intact() {
        let (w, mut reader, _dir) = writer().await;
        // join! queues all three before the writer task first runs: one batch.
        let (a, b, c) = futures::join!(
            w.write(|c| async move { Ok(insert(c, 1, "a").await) }.boxed()),
            w.write(|c| in_savepoint(c, async |c| {
                insert(c, 2, "b").await?;
                Err::<(), _>(Error::conflict("refused after writing"))
            })
            .boxed()),
            w.write(|c| async move { Ok(insert(c, 3, "c").await) }.boxed()),
        );
        assert!(a.is_ok() && c.is_ok(), "{a:?} {c:?}");
        assert_eq!(b.unwrap_err().kind(), Kind::Conflict);
        assert_eq!(rows(&mut reader).await, [1, 3]);
    }

    /// A write that breaks part-way (here a CHECK constraint on its second
    /// statement, outside any savepoint) fails its whole batch: nobody is
    /// told "done" for a write that was rolled back, and the writer goes on.
    /// A write that panics fails its batch; the writer lives on.
    #[tokio::test]
    async fn a_panicking_write_does_not_stop_the_writer() {
        let (w, mut reader, _dir) = writer().await;
        let (a, b) = futures::join!(
            w.write(|c| async move { Ok(insert(c, 1, "a").await) }.boxed()),
            w.write(|c| {
                async move {
                    insert(c, 2, "b").await.map_err(Broken)?;
                    panic!("a bug in a write");
                    #[allow(unreachable_code)]
                    Ok(Ok(()))
                }
                .boxed()
            }),
        );
        assert!(a.is_err() && b.is_err(), "{a:?} {b:?}");
        w.write(|c| async move { Ok(insert(c, 3, "c").await) }.boxed())
            .await
            .unwrap();
        assert_eq!(rows(&mut reader).await, [3]);
    }

    #[tokio::test]
    async fn a_broken_write_fails_its_batch_and_the_writer_goes_on() {
        let (w, mut reader, _dir) = writer().await;
        let (a, b) = futures::join!(
            w.write(|c| async move { Ok(insert(c, 1, "a").await) }.boxed()),
            w.write(|c| async move {
                insert(c, 2, "b").await.map_err(Broken)?;
                insert(c, 3, "bad").await.map_err(Broken)?;
                Ok(Ok(()))
            }
            .boxed()),
        );
        assert!(a.is_err() && b.is_err(), "{a:?} {b:?}");
        assert!(rows(&mut reader).await.is_empty());
        w.write(|c| async move { Ok(insert(c, 4, "d").await) }.boxed())
            .await
            .unwrap();
        assert_eq!(rows(&mut reader).await, [4]);
        let _ = reader.close().await;
    }
}
