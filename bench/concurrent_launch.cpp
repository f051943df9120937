// Starts N copies of one command line at the same moment (all started before any is waited on)
// and prints one line: how many exited 0, the wall time of each process from start() to its exit
// (p50, p99, max), and how many distinct stdout texts the successful ones printed.
//
//   bench_concurrent_launch N [--latencies FILE] -- PROGRAM [ARGS...]
//
// --latencies appends each process's milliseconds to FILE, one per line, so that several rounds
// can be summed up. Exit 0 even when some processes failed (counting failures is the point);
// exit 64 on a bad command line.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace {

double percentile(const QList<double> &sorted, double fraction)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    bool ok = false;
    const int count = arguments.isEmpty() ? 0 : arguments.takeFirst().toInt(&ok);
    QString latencyFile;
    if (arguments.value(0) == QLatin1String("--latencies") && arguments.size() > 1) {
        latencyFile = arguments.at(1);
        arguments = arguments.mid(2);
    }
    if (!ok || count < 1 || arguments.value(0) != QLatin1String("--") || arguments.size() < 2) {
        err << "usage: bench_concurrent_launch N [--latencies FILE] -- PROGRAM [ARGS...]\n";
        return 64;
    }
    const QString program = arguments.at(1);
    const QStringList programArguments = arguments.mid(2);

    std::vector<std::unique_ptr<QProcess>> processes;
    std::vector<QElapsedTimer> timers(count);
    QList<double> milliseconds(count, 0);
    QList<int> exitCodes(count, -1);
    int finished = 0;
    QEventLoop loop;
    for (int i = 0; i < count; ++i) {
        auto process = std::make_unique<QProcess>();
        QObject::connect(process.get(), &QProcess::finished, &loop,
                         [&, i](int code, QProcess::ExitStatus status) {
                             milliseconds[i] = timers[i].nsecsElapsed() / 1e6;
                             exitCodes[i] = status == QProcess::NormalExit ? code : -1;
                             if (++finished == count)
                                 loop.quit();
                         });
        QObject::connect(process.get(), &QProcess::errorOccurred, &loop,
                         [&, i](QProcess::ProcessError error) {
                             if (error != QProcess::FailedToStart)
                                 return;
                             milliseconds[i] = timers[i].nsecsElapsed() / 1e6;
                             if (++finished == count)
                                 loop.quit();
                         });
        timers[i].start();
        process->start(program, programArguments);
        processes.push_back(std::move(process));
    }
    if (finished < count)
        loop.exec();

    QSet<QByteArray> outputs;
    QMap<int, int> failures; // exit code -> how many
    QByteArray firstError;
    for (int i = 0; i < count; ++i) {
        const QByteArray standardError = processes[i]->readAllStandardError().trimmed();
        if (exitCodes[i] == 0) {
            outputs.insert(processes[i]->readAllStandardOutput());
        } else {
            ++failures[exitCodes[i]];
            if (firstError.isEmpty())
                firstError = standardError;
        }
    }
    if (!latencyFile.isEmpty()) {
        QFile file(latencyFile);
        if (!file.open(QIODevice::Append | QIODevice::Text)) {
            err << "cannot write " << latencyFile << "\n";
            return 1;
        }
        QTextStream stream(&file);
        for (double value : std::as_const(milliseconds))
            stream << QString::number(value, 'f', 3) << '\n';
    }
    QList<double> sorted = milliseconds;
    std::sort(sorted.begin(), sorted.end());
    int failed = 0;
    QStringList failureText;
    for (auto it = failures.cbegin(); it != failures.cend(); ++it) {
        failed += it.value();
        failureText << QStringLiteral("exit %1 x%2").arg(it.key()).arg(it.value());
    }
    QTextStream(stdout) << QStringLiteral("%1 processes  failed %2%3  p50 %4 ms  p99 %5 ms  "
                                          "max %6 ms  distinct outputs %7")
                               .arg(count)
                               .arg(failed)
                               .arg(failureText.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" (%1)").arg(
                                            failureText.join(QStringLiteral(", "))))
                               .arg(percentile(sorted, 0.50), 0, 'f', 1)
                               .arg(percentile(sorted, 0.99), 0, 'f', 1)
                               .arg(sorted.last(), 0, 'f', 1)
                               .arg(outputs.size())
                        << Qt::endl;
    if (!firstError.isEmpty())
        QTextStream(stdout) << "  first failure: " << QString::fromUtf8(firstError.left(300))
                            << Qt::endl;
    return 0;
}
