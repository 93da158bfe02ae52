"""mtqa.records.record: a dataclass whose ``__repr__``/``__eq__`` are shared, not compiled per class, and a subclass
that declares no field of its own not decorated again, with the behaviour :func:`dataclasses.dataclass` gives."""
from __future__ import annotations

import dataclasses
import math
import pathlib
import re
from typing import ClassVar, Optional

import pytest

from mtqa import records
from mtqa.checks.registry import all_checks
from mtqa.records import record


def _pair(body: dict, **options):
    """The same class written twice: decorated by ``record`` and by ``dataclasses.dataclass``."""
    annotations = body.get("__annotations__", {})
    made = []
    for decorate in (record(**options), dataclasses.dataclass(**options)):
        made.append(decorate(type("Reading", (), {**body, "__annotations__": dict(annotations)})))
    return made


def test_a_record_prints_and_compares_as_the_generated_methods_do():
    body = {"__annotations__": {"start": int, "text": str, "note": Optional[str]}, "note": None,
            "__doc__": "A word read at an offset."}
    mine, theirs = _pair(body)
    for args in ((3, "mayor"), (3, "mayor", "elected"), (0, "l'An", None)):
        assert repr(mine(*args)) == repr(theirs(*args))
    assert mine(3, "mayor") == mine(3, "mayor") and mine(3, "mayor") != mine(4, "mayor")
    assert mine(3, "mayor").__eq__(theirs(3, "mayor")) is NotImplemented  # another class, as the generated one
    assert mine.__hash__ is None and theirs.__hash__ is None  # eq and not frozen: unhashable
    with pytest.raises(TypeError):
        hash(mine(3, "mayor"))
    assert [f.name for f in dataclasses.fields(mine)] == ["start", "text", "note"]
    assert dataclasses.replace(mine(3, "mayor"), text="minister") == mine(3, "minister")


def test_a_nan_field_compares_as_in_a_tuple():
    """The generated ``__eq__`` compares tuples, where the same NaN object equals itself; a single-field record
    keeps that (``attrgetter`` of one name would compare the bare values)."""
    body = {"__annotations__": {"value": float}, "__doc__": "A figure read."}
    mine, theirs = _pair(body)
    nan = math.nan
    assert (mine(nan) == mine(nan)) == (theirs(nan) == theirs(nan)) is True
    assert (mine(float("nan")) == mine(float("nan"))) is False


def test_fields_hidden_from_repr_or_comparison_stay_so():
    body = {"__annotations__": {"name": str, "memo": dict}, "memo": dataclasses.field(default_factory=dict,
                                                                                      repr=False, compare=False),
            "__doc__": "A name with a memo of its readings."}
    mine, theirs = _pair(body)
    assert repr(mine("Paris")) == repr(theirs("Paris")) == "Reading(name='Paris')"
    a, b = mine("Paris"), mine("Paris")
    a.memo["x"] = 1
    assert a == b and a.memo is not b.memo


def test_a_recursive_record_prints_dots_as_the_generated_repr():
    body = {"__annotations__": {"items": list}, "__doc__": "A list that may hold itself."}
    mine, theirs = _pair(body)
    m, t = mine([]), theirs([])
    m.items.append(m)
    t.items.append(t)
    assert repr(m) == repr(t) == "Reading(items=[...])"


def test_frozen_and_slotted_records_keep_the_standard_librarys_hash_and_freezing():
    body = {"__annotations__": {"source": str, "target": str}, "__doc__": "A link between two words."}
    for options in ({"frozen": True}, {"frozen": True, "slots": True}, {"slots": True, "unsafe_hash": True}):
        mine, theirs = _pair(body, **options)
        assert hash(mine("maire", "mayor")) == hash(theirs("maire", "mayor"))
        assert repr(mine("maire", "mayor")) == repr(theirs("maire", "mayor"))
        assert mine("maire", "mayor") == mine("maire", "mayor")
        assert {mine("maire", "mayor"): 1}[mine("maire", "mayor")] == 1
        if options.get("frozen"):
            with pytest.raises(dataclasses.FrozenInstanceError):
                mine("maire", "mayor").source = "x"
        if options.get("slots"):
            assert "__slots__" in mine.__dict__ and not hasattr(mine("maire", "mayor"), "__dict__")


def test_methods_a_class_writes_itself_are_kept():
    @record
    class Named:
        """A name that prints itself bare."""

        name: str

        def __repr__(self):
            return self.name

        def __eq__(self, other):
            return isinstance(other, Named) and self.name.lower() == other.name.lower()

        def __hash__(self):
            return hash(self.name.lower())

    assert repr(Named("Kyiv")) == "Kyiv"
    assert Named("Kyiv") == Named("KYIV") and hash(Named("Kyiv")) == hash(Named("kyiv"))


@record
class _Option:
    """A check-like record with one option."""

    code: ClassVar[str] = ""
    min_words: int = 3


class _Screened(_Option):
    """A plain class between, as SegmentCheck is between Check and a check."""

    scope: ClassVar[str] = "segment"


@record
class _NoField(_Screened):
    """A subclass that only sets class variables."""

    code: ClassVar[str] = "S999"
    min_words = 5  # not annotated: a class attribute, not a field (the instance's field shadows it)


@record
class _OwnField(_Screened):
    """A subclass with an option of its own."""

    code: ClassVar[str] = "S998"
    window: int = 2


def test_a_subclass_without_a_field_of_its_own_is_not_decorated_again():
    assert "__dataclass_fields__" not in _NoField.__dict__ and "__init__" not in _NoField.__dict__
    assert dataclasses.is_dataclass(_NoField)
    assert [f.name for f in dataclasses.fields(_NoField)] == ["min_words"]
    assert _NoField().min_words == 3 and _NoField(min_words=7).min_words == 7  # as re-decorated: field default
    with pytest.raises(TypeError, match="unexpected keyword argument 'window'"):
        _NoField(window=1)  # unknown options are refused, as before
    assert repr(_NoField()) == "_NoField(min_words=3)" and _NoField() == _NoField() != _Option()
    assert _NoField.__hash__ is None and _NoField.code == "S999" and _NoField.scope == "segment"
    # one with a field of its own is decorated: its own __init__, its fields in order
    assert "__init__" in _OwnField.__dict__
    assert [f.name for f in dataclasses.fields(_OwnField)] == ["min_words", "window"]
    assert repr(_OwnField(window=4)) == "_OwnField(min_words=3, window=4)"


@pytest.mark.parametrize("body", [
    {"__post_init__": lambda self: None, "__doc__": "Post-init."},
    {"__doc__": None},
    {"__init__": lambda self: None, "__doc__": "Own init."},
    {"__annotations__": {"window": "int"}, "window": 2, "__doc__": "A field as a string."},
    {"__annotations__": {"flag": "Optional[bool]"}, "flag": None, "__doc__": "Not a ClassVar."},
])
def test_a_subclass_that_changes_what_the_decoration_writes_is_decorated(body):
    cls = record(type("Sub", (_Screened,), dict(body)))
    assert "__dataclass_fields__" in cls.__dict__


def test_class_variables_are_read_as_dataclasses_reads_them():
    module = records.sys.modules[__name__]
    assert records._is_classvar("ClassVar[str]", module)
    assert records._is_classvar(ClassVar[int], module) and records._is_classvar(ClassVar, module)
    assert not records._is_classvar("ClassVariable", module)
    assert not records._is_classvar("Optional[ClassVar]", module)
    assert not records._is_classvar("nothere.ClassVar[int]", module)


def test_every_check_has_the_shared_methods_and_behaves_as_a_dataclass():
    """Checks are built by keyword from configuration (``dataclasses.fields`` lists the options); each prints
    its options and is unhashable, as the generated methods made it."""
    undecorated = 0
    for cls in all_checks():
        assert cls.__repr__ is records._repr and cls.__eq__ is records._eq, cls
        assert cls.__hash__ is None
        check = cls()
        shown = ", ".join(f"{f.name}={getattr(check, f.name)!r}" for f in dataclasses.fields(cls) if f.repr)
        assert repr(check) == f"{cls.__qualname__}({shown})"
        assert check == cls()
        undecorated += "__dataclass_fields__" not in cls.__dict__
    assert undecorated >= 40  # the checks that declare no option of their own


def test_mtqa_decorates_its_classes_with_record_only():
    """One owner: a module writing ``@dataclass`` again would compile the methods this saves."""
    root = pathlib.Path(records.__file__).parent
    found = [str(p.relative_to(root)) for p in root.rglob("*.py")
             if re.search(r"^\s*@(?:dataclasses\.)?dataclass\b", p.read_text(encoding="utf-8"), re.M)]
    assert found == []


@record
class _BuiltOnce:
    """A class built once a run, as a check is."""

    __record_built_once__ = True
    code: ClassVar[str] = "S997"
    min_words: int = 3
    max_ratio: float = 0.5
    terms: list = dataclasses.field(default_factory=list)


def test_a_class_built_once_shares_an_init_that_sets_fields_as_the_generated_one():
    assert _BuiltOnce.__init__ is records._init
    built = _BuiltOnce()
    assert (built.min_words, built.max_ratio, built.terms) == (3, 0.5, [])
    assert _BuiltOnce().terms is not built.terms  # a fresh default_factory() each time
    assert vars(_BuiltOnce(4, max_ratio=0.25)) == {"min_words": 4, "max_ratio": 0.25, "terms": []}
    with pytest.raises(TypeError, match="unexpected keyword argument 'min_word'"):
        _BuiltOnce(min_word=2)
    with pytest.raises(TypeError, match="multiple values for argument 'min_words'"):
        _BuiltOnce(4, min_words=5)
    with pytest.raises(TypeError, match="takes 4 positional arguments but 5 were given"):
        _BuiltOnce(1, 2, 3, 4)


def test_a_class_built_once_with_a_required_field_or_post_init():
    required = record(type("Required", (), {"__record_built_once__": True, "__doc__": "x",
                                            "__annotations__": {"text": str}}))
    assert required("maire").text == "maire"
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'text'"):
        required()
    seen = []
    posted = record(type("Posted", (), {"__record_built_once__": True, "__doc__": "x", "__annotations__": {"n": int},
                                        "n": 1, "__post_init__": lambda self: seen.append(self.n)}))
    posted(2)
    assert seen == [2] and posted.__init__ is not records._init  # the compiled one, which calls __post_init__


def test_a_class_built_once_refuses_fields_the_shared_init_cannot_set():
    for spec in ({"init": False}, {"kw_only": True}):
        with pytest.raises(TypeError, match="built once cannot have"):
            record(type("Odd", (), {"__record_built_once__": True, "__doc__": "x", "__annotations__": {"n": int},
                                    "n": dataclasses.field(default=1, **spec)}))


def test_every_check_is_built_by_the_shared_init_from_its_options():
    """Configuration builds a check by keyword from its ``dataclasses.fields``: each option set so is read back."""
    for cls in all_checks():
        assert cls.__init__ is records._init, cls
        options = {f.name: f.default for f in dataclasses.fields(cls)}
        assert vars(cls(**options)) == options
        with pytest.raises(TypeError, match="unexpected keyword"):
            cls(no_such_option=1)


def test_a_frozen_records_hash_reads_the_fields_the_generated_one_read():
    body = {"__annotations__": {"start": int, "end": int, "note": str},
            "note": dataclasses.field(default="", hash=False), "__doc__": "A span with a note left out of its hash."}
    mine, theirs = _pair(body, frozen=True)
    assert mine.__hash__ is records._hash and mine.__eq__ is records._eq
    for args in ((0, 4), (0, 4, "x"), (7, 2, "y")):
        assert hash(mine(*args)) == hash(theirs(*args))
    assert hash(mine(0, 4, "x")) == hash(mine(0, 4, "y")) and mine(0, 4, "x") != mine(0, 4, "y")
    ordered = [mine(n, n + 1) for n in (5, 3, 9, 1)]
    assert [x.start for x in set(ordered)] == [x.start for x in set(theirs(n, n + 1) for n in (5, 3, 9, 1))]

    @record(frozen=True)
    class Keyed:
        """A frozen record hashed by its own rule."""

        key: str

        def __hash__(self):
            return len(self.key)

    assert hash(Keyed("abc")) == 3 and Keyed("abc") == Keyed("abc")


def test_the_records_built_once_a_run_share_one_init_and_build_as_before():
    # Config, RunInfo, Summary, LexModel and Hunspell are built once a run (or a dictionary): no __init__ of
    # their own compiled at start-up, and keywords, defaults and factories as the generated one set them
    from mtqa import records
    from mtqa.config import Config
    from mtqa.langs.hunspell import Hunspell
    from mtqa.langs.lexmodel import LexModel
    from mtqa.renderers.base import RunInfo, Summary

    assert all(cls.__init__ is records._init for cls in (Config, RunInfo, Summary, LexModel, Hunspell))
    config = Config(select=("A",))
    assert config.select == ("A",) and config == Config(select=("A",)) and config != Config()
    first, second = Summary(), Summary()
    assert first.by_code is not second.by_code and first.by_severity == {"minor": 0, "major": 0, "critical": 0}
    assert Hunspell("xx").stems == {} and Hunspell("xx").rules() == ({}, ())
    with pytest.raises(TypeError, match="unexpected keyword"):
        Config(selected=("A",))
