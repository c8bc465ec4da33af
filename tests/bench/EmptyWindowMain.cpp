// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors

// The baseline of the start-up benchmark: an empty Qt Widgets main window of the size that
// `isms-workbench FILE --screenshot PATH --page PAGE` uses, started, painted and saved the
// same way (the image of the window as painted on the screen), so that scripts/bench.sh can compare the
// two in the same run.
//
// Usage: isms_bench_empty_window PATH [--table] (the format from PATH's extension, as isms-workbench
// does). With --table the window also has a menu bar and a plain QTableView of 100 rows and 10 columns
// (a QStandardItemModel, text laid out as in isms-workbench): a reference for what a window with any
// table costs beside the empty one, printed by scripts/bench.sh under the start-up row.

#include <QApplication>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QPixmap>
#include <QScreen>
#include <QStandardItemModel>
#include <QTableView>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const bool withTable = arguments.size() == 3 && arguments.at(2) == QStringLiteral("--table");
    if (arguments.size() != 2 && !withTable) {
        std::fputs("usage: isms_bench_empty_window PATH [--table]\n", stderr);
        return 2;
    }
    const QString target = arguments.at(1);
    QMainWindow window;
    window.resize(1400, 900);
    if (withTable) {
        // As isms-workbench lays out Latin text (applyApplicationFont(), which this program does not link).
        QFont font = QApplication::font();
        font.setStyleStrategy(QFont::PreferNoShaping);
        QApplication::setFont(font);
        for (const char *title : {"File", "Edit", "View", "Help"}) {
            window.menuBar()->addMenu(QString::fromLatin1(title));
        }
        auto *model = new QStandardItemModel(100, 10, &window);
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                model->setItem(row,
                               column,
                               new QStandardItem(QStringLiteral("Row %1, column %2").arg(row).arg(column)));
            }
        }
        auto *table = new QTableView(&window);
        table->setModel(model);
        table->setWordWrap(false); // one line per row, as the registers show them
        window.setCentralWidget(table);
    }
    window.show();
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
    const QByteArray format = QFileInfo(target).suffix().toLower().toLatin1();
    // The window as painted on the screen, as isms-workbench --screenshot takes it (QWidget::grab()
    // only when the platform cannot give it).
    QPixmap image = window.screen()->grabWindow(window.winId());
    if (image.isNull()) {
        image = window.grab();
    }
    return image.save(target, format.isEmpty() ? "png" : format.constData()) ? 0 : 1;
}
