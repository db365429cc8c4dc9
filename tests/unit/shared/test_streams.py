"""Stream names from the stage registry: every stream once, each stage with its own group."""

from shared.streams import Stage, Streams, group_of


def test_all_streams_lists_each_stream_once_in_pipeline_order_dead_letters_last() -> None:
    names = Streams("k").all_streams()
    assert len(names) == len(set(names))
    assert names[0] == "k:bundles"
    assert names[-1] == "k:dead-letters"
    assert {"k:articles", "k:enriched", "k:deduped", "k:alerts"} <= set(names)


def test_every_stage_input_and_output_is_among_all_streams() -> None:
    streams = Streams("k")
    names = set(streams.all_streams())
    for stage in Stage:
        assert streams.input_of(stage) in names
        assert streams.output_of(stage) in names | {None}


def test_delivery_reads_alerts_writes_no_stream_and_has_its_own_group() -> None:
    streams = Streams("k")
    assert streams.input_of(Stage.DELIVERY) == "k:alerts"
    assert streams.output_of(Stage.DELIVERY) is None
    assert group_of(Stage.DELIVERY) == "delivery"
    assert len({group_of(stage) for stage in Stage}) == len(Stage)
