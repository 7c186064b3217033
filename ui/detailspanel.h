// SPDX-License-Identifier: Apache-2.0
// DetailsPanel: the selected secret's metadata (state, type, description, KMS key, times,
// rotation, instance association) and its tags, read on demand. Metadata only, never a value.
// Two halves side by side (what the secret is | when and how it changes), tags below both: the
// whole panel fits in a few lines and leaves the height to the stage board.
#pragma once

#include "core/api/csmsclient.h"
#include "core/api/csmstypes.h"

#include <QPointer>
#include <QWidget>
#include <optional>

QT_BEGIN_NAMESPACE
class QGridLayout;
class QLabel;
QT_END_NAMESPACE

namespace keystage::ui {

class RotationSection;

class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);
    ~DetailsPanel() override;

    void setClient(CsmsClient *client);
    // Shows the secret (empty name: nothing selected) and loads its tags.
    void setSecret(const Secret &secret);
    // Reads the secret (GET /secrets/{name}) and shows it; a newer call cancels the older one.
    // With the secret's id known (from the list), its tags are read at the same time instead of
    // after the secret: one round trip, not two.
    void showSecret(const QString &name, const QString &knownId = {});
    void clear();
    // Several secrets selected: "N secrets selected" in place of one secret's details.
    void showSelectionCount(int count);
    QString secretName() const { return m_secret.name; }
    QString fieldText(const QString &objectName) const; // tests
    // The rotation at a glance, below the fields (ui/rotation).
    RotationSection *rotationSection() const { return m_rotationSection; }

    // "RDS instance 1a2b…", "none" or "unknown…" (SecretAssociation::describe).
    static QString instanceAssociation(const Secret &secret);
    static QString formatTime(qint64 msSinceEpoch);

private:
    // A label and its field in one of the two halves (half 0 or 1) of row; wide: the field
    // spans the rest of the row.
    QLabel *addField(const QString &objectName, const QString &label, int row, int half,
                     bool wide = false);
    void abortTags();
    void loadTags(const QString &secretId);
    static QString tagsText(const SecretTags &tags);

    QPointer<CsmsClient> m_client;
    QPointer<ApiReply> m_tagsReply;
    QString m_tagsId; // whose tags m_tagsReply reads or m_tagsText holds
    std::optional<QString> m_tagsText; // the tags of m_tagsId, as shown
    QPointer<ApiReply> m_secretReply;
    Secret m_secret;
    QGridLayout *m_grid;
    QLabel *m_name;
    QLabel *m_state;
    QLabel *m_type;
    QLabel *m_description;
    QLabel *m_kmsKey;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_deletion;
    QLabel *m_rotation;
    QLabel *m_instance;
    QLabel *m_tags;
    RotationSection *m_rotationSection;
};

} // namespace keystage::ui
