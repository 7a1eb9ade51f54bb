import pandas as pd

import tekil
from frames import listed
from tekil.derived import read_as
from tekil.staff import without_staff_values


def test_a_value_a_record_also_gives_for_a_staff_member_is_not_its_persons():
    # A POS agent types their own phone for customers who gave none, in any form; another
    # record's value, or the agent's own record, keeps it.
    df = pd.DataFrame(
        {
            "customer_phone": ["0803 123 4567", "08055551234", "+2348031234567", None],
            "agent_phone": ["+2348031234567", "08031234567", None, "08031234567"],
            "email": ["ada@x.ng", "EMEKA@X.NG", "ngozi@x.ng", None],
            "agent_email": [None, "emeka@x.ng ", None, "ada@x.ng"],
        }
    )
    roles = {"customer_phone": "phone", "email": "email"}
    out = without_staff_values(df, roles)
    assert listed(out["customer_phone"]) == [None, "08055551234", "+2348031234567", None]
    assert listed(out["email"]) == ["ada@x.ng", None, "ngozi@x.ng", None]
    assert df["customer_phone"].iloc[0] == "0803 123 4567"  # the input is left as it was
    # Where the other person's column has a role of its own, it is compared as given.
    given = without_staff_values(df, {**roles, "agent_phone": "phone"})
    assert given["customer_phone"].tolist() == df["customer_phone"].tolist()


def test_a_relatives_number_on_a_persons_record_is_kept():
    # A next of kin's or an emergency contact's number equal to the person's is often one
    # they share (a household's landline, a family's one mobile): the person's all the same.
    df = pd.DataFrame(
        {
            "phone": ["08031234567", "08061112222"],
            "nok_phone": ["0803 123 4567", None],
            "agent_phone": [None, "08061112222"],
        }
    )
    assert listed(read_as(df, {"phone": "phone"})["phone"]) == ["08031234567", None]


def test_customers_given_the_agents_number_are_known_by_their_own_records():
    # Six walk-ins at one agent with the agent's number typed as the customer's, beside each
    # customer's own wallet record (their own number, a birth date) and the agent's.
    names = ["Ngozi Okafor", "Musa Bello", "Funke Adeyemi", "Emeka Eze", "Aisha Sani", "Tunde Ojo"]
    own = ["08061112222", "08073334444", "09015556666", "08027778888", "07039990000", "08154443333"]
    dobs = ["1988-03-12", "1975-11-02", "1990-07-21", "1983-01-30", "1995-05-05", "1979-09-09"]
    rows = [
        {"customer_name": n, "customer_phone": "0803 123 4567", "agent_phone": "08031234567"}
        for n in names
    ]
    rows += [
        {"customer_name": n, "customer_phone": p, "date_of_birth": d}
        for n, p, d in zip(names, own, dobs, strict=True)
    ]
    rows += [{"customer_name": "Chidi Nwosu", "customer_phone": "08031234567"}]  # the agent
    df = pd.DataFrame(rows)
    df.insert(0, "row_id", [f"r{k}" for k in range(len(df))])
    labels = tekil.dedupe(df, id_column="row_id").clusters["cluster_id"].to_numpy()
    assert labels[:6].tolist() == labels[6:12].tolist()
    assert len(set(labels[:6])) == 6 and labels[12] not in labels[:12]
