// SPDX-License-Identifier: Apache-2.0
#include "ui/tags/bulktagdialog.h"

#include "core/admin/tagrules.h"
#include "ui/bulkdeletedialog.h"
#include "ui/profiles/productionguard.h"
#include "ui/tags/bulktagcommand.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>

namespace keystage::ui {

BulkTagDialog::BulkTagDialog(CsmsClient *client, const QList<TagTarget> &targets, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_targets()
    , m_tagger(new BulkTagger(client, this))
    , m_addChoice(new QRadioButton(tr("&Add or set the tag"), this))
    , m_removeChoice(new QRadioButton(tr("&Remove the tag"), this))
    , m_key(new QComboBox(this))
    , m_value(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_problem(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_verify(new QPushButton(tr("Check unconfirmed"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("bulkTagDialog"));
    // As the tagger takes them (an id each, once), so that row i is result i.
    QSet<QString> ids;
    for (const TagTarget &t : targets) {
        if (!t.id.isEmpty() && !t.name.isEmpty() && !ids.contains(t.id)) {
            ids.insert(t.id);
            m_targets.append(t);
        }
    }
    setWindowTitle(tr("Tag %n secret(s)", nullptr, int(m_targets.size())));
    m_addChoice->setChecked(true);
    for (QComboBox *box : {m_key, m_value}) {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }
    m_key->setObjectName(QStringLiteral("tagKeyBox"));
    m_key->setAccessibleName(tr("Tag key"));
    m_value->setObjectName(QStringLiteral("tagValueBox"));
    m_value->setAccessibleName(tr("Tag value"));
    m_value->lineEdit()->setPlaceholderText(tr("value (may be empty)"));
    m_list->setObjectName(QStringLiteral("secretList"));
    m_list->setAccessibleName(tr("Secrets and results"));
    for (const TagTarget &t : std::as_const(m_targets))
        m_list->addItem(t.name);
    m_progress->setRange(0, int(m_targets.size()));
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_problem->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_start->setDefault(true);

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_addChoice);
    choices->addWidget(m_removeChoice);
    choices->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(choices);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Value:"), m_value);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_start);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &BulkTagDialog::start);
    connect(m_retry, &QPushButton::clicked, this, &BulkTagDialog::retryFailed);
    connect(m_verify, &QPushButton::clicked, this, [this]() {
        if (m_tagger->verifyUnconfirmed()) {
            m_summary->setText(tr("Reading the tags of the unconfirmed secrets…"));
            updateState();
        }
    });
    connect(m_close, &QPushButton::clicked, this, &BulkTagDialog::reject);
    connect(m_addChoice, &QRadioButton::toggled, this, &BulkTagDialog::updateState);
    connect(m_key, &QComboBox::editTextChanged, this, &BulkTagDialog::updateState);
    connect(m_value, &QComboBox::editTextChanged, this, &BulkTagDialog::updateState);
    connect(m_tagger, &BulkTagger::progressed, this,
            [this](int done, int) { m_progress->setValue(done); });
    connect(m_tagger, &BulkTagger::itemFinished, this, &BulkTagDialog::showResult);
    connect(m_tagger, &BulkTagger::finished, this, [this](const BulkSummary &summary) {
        const auto &results = m_tagger->results();
        for (int i = 0; i < results.size(); ++i)
            showResult(i, results.at(i));
        m_summary->setText(summary.text());
        if (m_history && m_client && !m_tagger->changes().isEmpty())
            m_history->push(new BulkTagCommand(m_history, m_client, m_tagger->action(),
                                               m_tagger->tags(), m_tagger->changes()));
        updateState();
        Q_EMIT runFinished(summary);
    });
    if (client) {
        client->listProjectTags()->then(this, [this](const ApiResult<QList<TagValues>> &r) {
            if (!r.ok())
                return;
            const QString key = m_key->currentText();
            const QString value = m_value->currentText();
            for (const TagValues &t : *r) {
                m_key->addItem(t.key);
                for (const QString &v : t.values) {
                    if (m_value->findText(v) < 0)
                        m_value->addItem(v);
                }
            }
            m_key->setEditText(key);
            m_value->setEditText(value);
        });
    }
    setMinimumSize(480, 420);
    updateState();
}

BulkTagDialog::~BulkTagDialog() = default;

TagAction BulkTagDialog::action() const
{
    return m_removeChoice->isChecked() ? TagAction::Delete : TagAction::Create;
}

QList<Tag> BulkTagDialog::tags() const
{
    const QString key = m_key->currentText().trimmed();
    if (key.isEmpty())
        return {};
    return {{key, m_value->currentText().trimmed()}};
}

QString BulkTagDialog::problem() const
{
    if (!m_client)
        return tr("Not connected.");
    if (m_targets.isEmpty())
        return tr("No secret is selected.");
    if (m_key->currentText().trimmed().isEmpty())
        return tr("Enter the tag key.");
    return BulkTagger::tagsProblem(action(), tags());
}

QString BulkTagDialog::summaryText() const
{
    return m_summary->text();
}

void BulkTagDialog::updateState()
{
    const bool running = m_tagger->isRunning();
    const bool idle = !running && !m_asking;
    const QString p = problem();
    m_problem->setText(m_key->currentText().isEmpty() ? QString() : p);
    m_start->setText(action() == TagAction::Create
                             ? tr("Tag %n secret(s)", nullptr, int(m_targets.size()))
                             : tr("Untag %n secret(s)", nullptr, int(m_targets.size())));
    m_start->setEnabled(idle && p.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_addChoice, m_removeChoice, m_key, m_value})
        w->setEnabled(idle);
    // A value only narrows a removal: without one, the key goes whatever its value.
    m_value->lineEdit()->setPlaceholderText(
            action() == TagAction::Create ? tr("value (may be empty)") : tr("any value"));
    const BulkSummary s = m_tagger->summary();
    m_retry->setVisible(idle && m_tagger->total() > 0 && s.failed + s.unconfirmed + s.notTried > 0);
    m_verify->setVisible(idle && s.unconfirmed > 0);
    m_close->setText(running ? tr("Cancel") : tr("Close"));
}

void BulkTagDialog::start()
{
    if (!m_start->isEnabled() || !m_client)
        return;
    const TagAction a = action();
    const QList<Tag> t = tags();
    const QString what
            = a == TagAction::Create
                      ? tr("Tag %n secret(s) with %1", nullptr, int(m_targets.size()))
                                .arg(t.first().key)
                      : tr("Remove the tag %1 from %n secret(s)", nullptr, int(m_targets.size()))
                                .arg(t.first().key);
    m_asking = true;
    updateState();
    ProductionGuard::confirm(this, m_client->profile(), what, this, [this, a, t](bool confirmed) {
        m_asking = false;
        if (confirmed && m_tagger->start(m_targets, a, t)) {
            m_progress->setValue(0);
            m_progress->setVisible(true);
            m_summary->setText(tr("Working…"));
        }
        updateState();
    });
}

void BulkTagDialog::retryFailed()
{
    if (m_tagger->retryFailed()) {
        m_summary->setText(tr("Retrying…"));
        updateState();
    }
}

void BulkTagDialog::showResult(int index, const BulkItemResult &result)
{
    if (QListWidgetItem *item = m_list->item(index)) {
        // Same row as the target: the tagger keeps the order of the targets it was given.
        const QString text = BulkDeleteDialog::resultText(result);
        if (item->text() != text)
            item->setText(text);
    }
}

void BulkTagDialog::reject()
{
    if (m_tagger->isRunning()) {
        m_tagger->cancel();
        m_summary->setText(tr("Cancelling: no new secret is started…"));
        return;
    }
    QDialog::reject();
}

} // namespace keystage::ui
