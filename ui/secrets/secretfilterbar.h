// SPDX-License-Identifier: Apache-2.0
// SecretFilterBar: beside the name filter, a tag filter ("key=value", the project's tag keys and
// values offered from CsmsClient::listProjectTags, one call per connection) and a state choice
// (All, Enabled, Disabled, Pending deletion, Frozen). The tag is searched on the server; the
// state is filtered on the client (the resource-instances filter cannot filter by state), which
// the state box's tooltip says.
#pragma once

#include "core/api/csmstypes.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

namespace keystage {
class ApiReply;
class CsmsClient;
} // namespace keystage

namespace keystage::ui {

class SecretFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit SecretFilterBar(QWidget *parent = nullptr);

    void setClient(CsmsClient *client); // reads the project's tags; nullptr: none offered
    QList<Tag> tags() const; // what the tag box holds, parsed ("key" alone: any value)
    QString state() const; // ENABLED, ...; empty: All
    void setState(const QString &state);
    void setTagText(const QString &text);
    void clear(); // both back to "any"; emits filterChanged() if either changed
    QComboBox *tagBox() const { return m_tags; }
    QComboBox *stateBox() const { return m_state; }

Q_SIGNALS:
    void filterChanged();

private:
    void offerTags(const QList<TagValues> &tags);
    QComboBox *m_tags;
    QComboBox *m_state;
    QString m_appliedTag;
    QPointer<ApiReply> m_tagsReply;
    void applyTag();
};

} // namespace keystage::ui
