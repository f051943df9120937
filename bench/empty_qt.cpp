// The baseline for `login-companion token`: a Qt console program that prints one line.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "baseline" << Qt::endl;
    return 0;
}
