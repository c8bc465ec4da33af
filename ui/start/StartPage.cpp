// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "start/StartPage.h"

#include "common/MessageBanner.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QPushButton *startButton(const QString &text, const QString &hint, const QIcon &icon, QWidget *parent)
{
    auto *button = new QPushButton(icon, text, parent);
    button->setToolTip(hint);
    button->setMinimumHeight(button->fontMetrics().height() * 2 + 8);
    button->setIconSize(QSize(20, 20));
    button->setStyleSheet(u"QPushButton { text-align: left; padding: 6px 14px; }"_s);
    return button;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"startPage"_s);
    // The content keeps a readable width and stays centred on wide screens.
    auto *centring = new QHBoxLayout(this);
    centring->setContentsMargins(32, 40, 32, 32);
    auto *content = new QWidget(this);
    content->setMaximumWidth(1040);
    centring->addStretch(1);
    centring->addWidget(content, 100);
    centring->addStretch(1);
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(20);
    outer->addStretch(1);

    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    auto *logo = new QLabel(this);
    logo->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    header->addWidget(logo, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    auto *title = new QLabel(tr("ISMS Workbench"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *tagline =
        new QLabel(tr("Run your ISO/IEC 27001:2022 information security management system from one "
                      "file: clauses 4 to 10, the Annex A controls, and a tamper-evident change log."),
                   this);
    tagline->setWordWrap(true);
    titles->addWidget(title);
    titles->addWidget(tagline);
    header->addLayout(titles, 1);
    outer->addLayout(header);

    m_banner = new MessageBanner(this);
    outer->addWidget(m_banner);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);

    auto *actions = new QVBoxLayout;
    actions->setSpacing(8);
    auto *startLabel = new QLabel(tr("Start"), this);
    QFont sectionFont = startLabel->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.15);
    startLabel->setFont(sectionFont);
    actions->addWidget(startLabel);
    auto *newButton = startButton(tr("New project…"),
                                  tr("Create a project file for your organisation"),
                                  style()->standardIcon(QStyle::SP_FileIcon),
                                  this);
    newButton->setObjectName(u"newProjectButton"_s);
    auto *openButton = startButton(tr("Open project…"),
                                   tr("Open an existing project file"),
                                   style()->standardIcon(QStyle::SP_DialogOpenButton),
                                   this);
    openButton->setObjectName(u"openProjectButton"_s);
    auto *demoButton =
        startButton(tr("Open the demo project"),
                    tr("A fictitious organisation with realistic data, to explore the program"),
                    QApplication::windowIcon(),
                    this);
    demoButton->setObjectName(u"demoProjectButton"_s);
    actions->addWidget(newButton);
    actions->addWidget(openButton);
    actions->addWidget(demoButton);
    actions->addSpacing(12);
    auto *about =
        new QLabel(tr("A project is a single file. Every change is saved the moment you make it and "
                      "recorded in the project's change log under your name, so the file can be "
                      "copied, backed up or taken to a client site at any time."),
                   this);
    about->setWordWrap(true);
    QPalette muted = about->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    about->setPalette(muted);
    actions->addWidget(about);
    actions->addStretch(1);
    columns->addLayout(actions, 2);

    auto *recent = new QVBoxLayout;
    recent->setSpacing(8);
    auto *recentLabel = new QLabel(tr("Recent projects"), this);
    recentLabel->setFont(sectionFont);
    recent->addWidget(recentLabel);
    m_recentList = new QListWidget(this);
    m_recentList->setObjectName(u"recentFilesList"_s);
    m_recentList->setIconSize(QSize(32, 32));
    m_recentList->setStyleSheet(u"QListWidget#recentFilesList::item { padding: 6px 4px; }"_s);
    m_recentList->setMaximumHeight(m_recentList->fontMetrics().height() * 24);
    recent->addWidget(m_recentList, 1);
    auto *recentButtons = new QHBoxLayout;
    recentButtons->addStretch(1);
    m_removeButton = new QPushButton(tr("Remove from list"), this);
    m_removeButton->setEnabled(false);
    recentButtons->addWidget(m_removeButton);
    recent->addLayout(recentButtons);
    columns->addLayout(recent, 3);
    outer->addLayout(columns);
    outer->addStretch(2);

    connect(newButton, &QPushButton::clicked, this, &StartPage::newProjectRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openProjectRequested);
    connect(demoButton, &QPushButton::clicked, this, &StartPage::demoProjectRequested);
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentFileActivated(item->data(PathRole).toString());
    });
    connect(m_recentList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        m_removeButton->setEnabled(current != nullptr);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_recentList->currentItem()) {
            Q_EMIT recentFileRemovalRequested(item->data(PathRole).toString());
        }
    });
}

StartPage::~StartPage() = default;

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recentList->clear();
    const QIcon fileIcon = QApplication::windowIcon().isNull() ? style()->standardIcon(QStyle::SP_FileIcon)
                                                               : QApplication::windowIcon();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const bool exists = info.exists();
        const QString folder = QDir::toNativeSeparators(info.absolutePath());
        //: A recent project: file name, then folder and date of the last change on a second line.
        QString text =
            tr("%1\n%2 · changed %3")
                .arg(info.fileName(), folder, QLocale().toString(info.lastModified(), QLocale::ShortFormat));
        if (!exists) {
            text = tr("%1 (missing)\n%2").arg(info.fileName(), folder);
        }
        auto *item =
            new QListWidgetItem(exists ? fileIcon : style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                text,
                                m_recentList);
        item->setData(PathRole, path);
        item->setData(ExistsRole, exists);
        item->setToolTip(
            exists ? QDir::toNativeSeparators(path)
                   : tr("%1 no longer exists or cannot be reached.").arg(QDir::toNativeSeparators(path)));
        if (!exists) {
            item->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent projects yet."), m_recentList);
        item->setFlags(Qt::NoItemFlags);
    }
}
