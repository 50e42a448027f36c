#pragma once
// One-shot work off the GUI thread with its answer delivered back on a QObject's thread, always
// later from the event loop: QFuture::then(context, …) calls at once when the work is already done
// by the time it is attached, which would let a "started" call emit its result before it returns.

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace sandi {

// Calls `done(QFuture<T>)` on `context`'s thread once `future` has finished; never if `context` is
// deleted first. The watcher is a child of `context`.
template <class T, class Done> void whenFinished(QObject* context, QFuture<T> future, Done done)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->future());
    });
    watcher->setFuture(std::move(future));
}

// Runs `work()` on the global thread pool, then `done(result)` on `context`'s thread.
template <class Work, class Done> void runOffThread(QObject* context, Work work, Done done)
{
    using Result = decltype(work());
    whenFinished(context, QtConcurrent::run(std::move(work)),
                 [done = std::move(done)](QFuture<Result> future) mutable { done(future.result()); });
}

} // namespace sandi
