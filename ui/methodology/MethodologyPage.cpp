// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "methodology/MethodologyPage.h"

#include "commands/ChangeRiskMethodCommand.h"
#include "common/MessageBanner.h"
#include "common/PageWidgets.h"
#include "methodology/MethodEditor.h"
#include "methodology/RatingPreviewDialog.h"
#include "services/ChangeNotifier.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

MethodologyPage::MethodologyPage(QWidget *parent)
    : WorkbenchPage(parent)
    , m_saved(isms::RiskMethod::defaults())
    , m_confirmer(&RatingPreviewDialog::confirm)
{
    setObjectName(u"methodologyPage"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(16, 14, 16, 10);
    layout->setSpacing(8);
    auto *title = PageWidgets::title(tr("Risk assessment method"), header);
    layout->addWidget(title);

    auto *intro = new QLabel(
        tr("The method sets the criteria every risk assessment uses, so that assessments made by different "
           "people, or repeated a year later, give results that are consistent, valid and comparable "
           "(ISO/IEC 27001, 6.1.2). It fixes the scales assessors rate on, the level each rating leads to, "
           "the level up to which a risk may be retained, and when risks are assessed again. Applying a "
           "change moves every rating onto the new scales and derives each level again; the change log "
           "keeps the old values and Undo restores them."),
        header);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    PageWidgets::mute(intro);
    layout->addWidget(intro);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    m_applyButton = new QPushButton(tr("Apply…"), header);
    m_applyButton->setObjectName(u"applyButton"_s);
    m_applyButton->setToolTip(tr("Check the method, see what it changes in the risk register, and use it"));
    m_revertButton = new QPushButton(tr("Revert"), header);
    m_revertButton->setObjectName(u"revertButton"_s);
    m_revertButton->setToolTip(tr("Discard the changes made here since the method was last applied"));
    m_defaultsButton = new QPushButton(tr("Restore defaults"), header);
    m_defaultsButton->setObjectName(u"defaultsButton"_s);
    m_defaultsButton->setToolTip(
        tr("Put the default 5×5 method in the editor; it is used only once applied"));
    m_stateLabel = new QLabel(header);
    m_stateLabel->setObjectName(u"stateLabel"_s);
    actions->addWidget(m_applyButton);
    actions->addWidget(m_revertButton);
    actions->addSpacing(12);
    actions->addWidget(m_defaultsButton);
    actions->addStretch(1);
    actions->addWidget(m_stateLabel);
    layout->addLayout(actions);

    m_banner = new MessageBanner(header);
    layout->addWidget(m_banner);
    outer->addWidget(header);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setStyleSheet(u"color: palette(mid);"_s);
    outer->addWidget(rule);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 12, 16, 16);
    m_editor = new MethodEditor(content);
    contentLayout->addWidget(m_editor);
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    connect(m_editor, &MethodEditor::edited, this, &MethodologyPage::updateState);
    connect(m_applyButton, &QPushButton::clicked, this, &MethodologyPage::apply);
    connect(m_revertButton, &QPushButton::clicked, this, &MethodologyPage::revert);
    connect(m_defaultsButton, &QPushButton::clicked, this, &MethodologyPage::restoreDefaults);
    m_editor->setMethod(m_saved);
    updateState();
}

MethodologyPage::~MethodologyPage() = default;

void MethodologyPage::setContext(isms::Database *db, QUndoStack *undoStack)
{
    disconnect(m_methodConnection);
    m_db = db;
    m_undoStack = db ? undoStack : nullptr;
    m_banner->hideMessage();
    if (db) {
        m_methodConnection =
            connect(db->notifier(), &isms::ChangeNotifier::riskMethodChanged, this, &MethodologyPage::reload);
    }
    // A project just opened shows its own method, whatever was edited before.
    m_saved = isms::RiskMethod::defaults();
    m_editor->setMethod(m_saved);
    reload();
    if (db && db->isReadOnly()) {
        m_banner->showMessage(
            MessageBanner::Kind::Information,
            tr("The project is open read-only: the method can be read here but not changed."));
    }
}

const isms::RiskMethod &MethodologyPage::editedMethod() const
{
    return m_editor->method();
}

void MethodologyPage::setEditedMethod(const isms::RiskMethod &method)
{
    m_editor->setMethod(method);
    updateState();
}

bool MethodologyPage::hasUnsavedChanges() const
{
    return m_editor->method() != m_saved;
}

bool MethodologyPage::isEditable() const
{
    return m_db && m_undoStack && !m_db->isReadOnly();
}

void MethodologyPage::reload()
{
    const bool wasClean = !hasUnsavedChanges();
    m_saved = isms::RiskMethod::defaults();
    if (m_db) {
        auto loaded = isms::RiskMethodService::load(*m_db);
        if (loaded) {
            m_saved = *loaded;
        } else {
            m_banner->showMessage(MessageBanner::Kind::Warning, loaded.error().message);
        }
    }
    if (wasClean) {
        m_editor->setMethod(m_saved);
    }
    updateState();
}

void MethodologyPage::updateState()
{
    const bool editable = isEditable();
    const bool unsaved = hasUnsavedChanges();
    m_editor->setEnabled(editable);
    m_applyButton->setEnabled(editable && unsaved);
    m_revertButton->setEnabled(editable && unsaved);
    m_defaultsButton->setEnabled(editable && m_editor->method() != isms::RiskMethod::defaults());
    if (!m_db) {
        m_stateLabel->clear();
    } else {
        m_stateLabel->setText(unsaved ? tr("Changed here, not applied yet") : tr("The method in use"));
        QPalette palette = this->palette();
        palette.setColor(QPalette::WindowText,
                         unsaved ? QColor::fromRgb(0xB26A00) : palette.color(QPalette::PlaceholderText));
        m_stateLabel->setPalette(palette);
        QFont font = this->font();
        font.setBold(unsaved);
        m_stateLabel->setFont(font);
    }
}

bool MethodologyPage::apply()
{
    if (!isEditable()) {
        return false;
    }
    const isms::RiskMethod next = m_editor->method();
    if (const isms::Result<void> valid = next.validate(); !valid) {
        m_banner->showMessage(MessageBanner::Kind::Error, valid.error().message);
        return false;
    }
    const auto changes = isms::RiskMethodService::preview(*m_db, next);
    if (!changes) {
        m_banner->showMessage(MessageBanner::Kind::Error, changes.error().message);
        return false;
    }
    if (!m_confirmer(this, *changes)) {
        return false;
    }
    auto failed = std::make_shared<bool>(false);
    QPointer<MethodologyPage> self(this);
    auto command = ChangeRiskMethodCommand::create(*m_db, next, [self, failed](const isms::Error &error) {
        *failed = true;
        if (self) {
            self->m_banner->showMessage(MessageBanner::Kind::Error, error.message);
        }
    });
    if (!command) {
        m_banner->showMessage(MessageBanner::Kind::Error, command.error().message);
        return false;
    }
    m_undoStack->push(std::move(command).value().release());
    if (*failed) {
        return false;
    }
    reload();
    m_editor->setMethod(m_saved);
    updateState();
    m_banner->showMessage(MessageBanner::Kind::Positive,
                          tr("The method is in use, and every risk is rated on it. Undo puts the previous "
                             "method and every rating back."));
    return true;
}

void MethodologyPage::revert()
{
    m_banner->hideMessage();
    setEditedMethod(m_saved);
}

void MethodologyPage::restoreDefaults()
{
    m_banner->hideMessage();
    setEditedMethod(isms::RiskMethod::defaults());
}
